using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>
/// Implicit alternating least squares (Hu, Koren and Volinsky 2008) with the loss, regularisation and initialisation of
/// Rendle et al. 2021 (<see cref="ImplicitAlsOptions"/>): each epoch solves every user's row with the courses fixed,
/// then every course's row with the users fixed, by warm-started conjugate gradient (<see cref="RowSystem"/>, four rows
/// in lockstep: <see cref="LockstepConjugateGradient"/>). Blocks of rows are solved in parallel, each from the same
/// inputs and into its own memory, so the result does not depend on the number of threads: deterministic for a given
/// feedback matrix and seed.
/// </summary>
public static class ImplicitAlsTrainer
{
    public static ImplicitAlsModel Train(
        ImplicitFeedback byUser, ImplicitAlsOptions options, int seed, CancellationToken cancellationToken, Action<int, double>? afterEpoch = null)
    {
        var byCourse = byUser.Transpose();
        var random = new Random(seed);
        var users = Initial(byUser.RowCount, options, random);
        var courses = Initial(byUser.ColumnCount, options, random);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            Solve(users, courses, byUser, options, cancellationToken);
            Solve(courses, users, byCourse, options, cancellationToken);
            afterEpoch?.Invoke(epoch, Loss(byUser, users, courses, options));
        }

        return new ImplicitAlsModel(users, courses);
    }

    /// <summary>The objective the epochs lower: weighted squared error on observed pairs, α0 Σ_all score², penalties.</summary>
    public static double Loss(ImplicitFeedback byUser, LatentFactors users, LatentFactors courses, ImplicitAlsOptions options)
    {
        var loss = options.UnobservedWeight * users.SumOfSquaredScores(courses);
        for (var user = 0; user < byUser.RowCount; user++)
        {
            var columns = byUser.Columns(user);
            var weights = byUser.Weights(user);
            for (var entry = 0; entry < columns.Length; entry++)
            {
                var error = TensorPrimitives.Dot(users.Row(user), courses.Row(columns[entry])) - 1.0;
                loss += weights[entry] * error * error;
            }
        }

        return loss + Penalty(users, byUser, courses.Count, options) + Penalty(courses, byUser.Transpose(), users.Count, options);
    }

    /// <summary>λ (Σ observed weights + α0 · other side's rows)^ν for one row.</summary>
    internal static float Regularization(ReadOnlySpan<float> weights, int otherCount, ImplicitAlsOptions options) =>
        options.Regularization * MathF.Pow(TensorPrimitives.Sum(weights) + (options.UnobservedWeight * otherCount), options.RegularizationExponent);

    private static double Penalty(LatentFactors factors, ImplicitFeedback feedback, int otherCount, ImplicitAlsOptions options)
    {
        var penalty = 0.0;
        for (var row = 0; row < factors.Count; row++)
        {
            var vector = factors.Row(row);
            penalty += Regularization(feedback.Weights(row), otherCount, options) * TensorPrimitives.Dot(vector, vector);
        }

        return penalty;
    }

    private static LatentFactors Initial(int count, ImplicitAlsOptions options, Random random)
    {
        var factors = new LatentFactors(count, options.Dimension);
        var deviation = options.InitialStandardDeviation / MathF.Sqrt(options.Dimension);
        for (var index = 0; index < factors.Values.Length; index++)
        {
            // Box–Muller: a normal draw from two uniform ones.
            var radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            factors.Values[index] = (float)(deviation * radius * Math.Cos(2.0 * Math.PI * random.NextDouble()));
        }

        return factors;
    }

    private static void Solve(LatentFactors solved, LatentFactors fixedSide, ImplicitFeedback feedback, ImplicitAlsOptions options, CancellationToken cancellationToken)
    {
        var gramian = fixedSide.Gramian();
        const int Rows = LockstepConjugateGradient.Rows;
        Parallel.For(
            0,
            (solved.Count + Rows - 1) / Rows,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new float[LockstepConjugateGradient.WorkLength(options.Dimension)],
            (block, _, work) =>
            {
                var first = block * Rows;
                LockstepConjugateGradient.Solve(solved, first, Math.Min(Rows, solved.Count - first), fixedSide, gramian, feedback, options, work);
                return work;
            },
            _ => { });
    }
}
