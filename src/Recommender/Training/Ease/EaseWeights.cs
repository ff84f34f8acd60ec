using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>
/// EASE^R (Steck 2019, "Embarrassingly shallow autoencoders for sparse data"): the item–item weights
/// B = I − P·diag(1/diag(P)) with P = (XᵀX + λI)⁻¹ over the binary learner–course matrix X, i.e. B_ij = −P_ij / P_jj
/// and a zero diagonal, so a learner's scores are x_u·B. With a dropout probability p the L2 weight of course j grows
/// with its learners, λ_j = λ + p / (1 − p) · G_jj (G = XᵀX): the full-rank emphasised denoising autoencoder EDLAE of
/// Steck 2020 ("Autoencoders that don't overfit towards the identity"), which is EASE^R at p = 0. A learner weight exponent
/// α &gt; 0 weighs learner u's row of the squared loss by (n_u / n̄)^−α (n_u their courses, n̄ the mean): G = XᵀWX, so
/// learners with long histories stop dominating the Gram matrix, as TF-IDF weighting does for item-kNN. A
/// <see cref="TimeKernel"/> further weighs each learner's pair of courses by how close in time they took them. Only the modelled courses (enough learners, the most taken
/// first up to a cap) take part; <see cref="ModelIndex"/> maps a course to its row.
/// </summary>
public sealed class EaseWeights
{
    internal EaseWeights(int[] modelIndex, int size, float[] weights, int[][] modelledByUser)
    {
        ModelIndex = modelIndex;
        Size = size;
        Weights = weights;
        ModelledByUser = modelledByUser;
    }

    /// <summary>Per course: its row and column in <see cref="Weights"/>, or −1 when it is not modelled.</summary>
    public int[] ModelIndex { get; }

    /// <summary>How many courses are modelled (the side of <see cref="Weights"/>).</summary>
    public int Size { get; }

    /// <summary>B, row-major <see cref="Size"/> × <see cref="Size"/>.</summary>
    public float[] Weights { get; }

    /// <summary>Each learner's modelled courses, as model indexes.</summary>
    public int[][] ModelledByUser { get; }

    public ReadOnlySpan<float> Row(int modelled) => Weights.AsSpan(modelled * Size, Size);

    /// <param name="coursesByUser">Each learner's distinct courses.</param>
    /// <param name="dropout">p in [0, 1): the EDLAE dropout probability; 0 is EASE^R.</param>
    /// <param name="learnerWeightExponent">α ≥ 0: learners weigh (n_u / n̄)^−α in the Gram matrix; 0 weighs all alike.</param>
    /// <param name="timeKernel">Weighs each learner's pairs by their time gap; null weighs every pair 1.</param>
    public static EaseWeights Fit(
        IReadOnlyList<int[]> coursesByUser, int courseCount, float regularization, int minimumLearners, int maximumCourses,
        float dropout = 0f, float learnerWeightExponent = 0f, TimeKernel? timeKernel = null)
    {
        timeKernel?.Validate(coursesByUser.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(learnerWeightExponent);
        ArgumentOutOfRangeException.ThrowIfNegative(dropout);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(dropout, 1f);
        var (modelIndex, modelledByUser) = Modelled(coursesByUser, courseCount, minimumLearners, maximumCourses);
        var size = modelIndex.Count(index => index >= 0);
        var gram = new double[size * size];
        var meanHistory = coursesByUser.Where(courses => courses.Length > 0).Select(courses => (double)courses.Length).DefaultIfEmpty(1).Average();
        for (var user = 0; user < modelledByUser.Length; user++)
        {
            var weight = learnerWeightExponent == 0 ? 1.0 : Math.Pow(coursesByUser[user].Length / meanHistory, -learnerWeightExponent);
            if (timeKernel is null)
            {
                var courses = modelledByUser[user];
                foreach (var row in courses)
                {
                    foreach (var column in courses)
                    {
                        gram[row * size + column] += weight;
                    }
                }
            }
            else
            {
                AddTimeWeightedPairs(gram, size, modelIndex, coursesByUser[user], timeKernel.DaysByUser[user], timeKernel, weight);
            }
        }

        for (var index = 0; index < size; index++)
        {
            gram[index * size + index] += regularization + dropout / (1.0 - dropout) * gram[index * size + index];
        }

        SymmetricMatrixInverse.InvertInPlace(gram, size);
        var weights = new float[size * size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                weights[row * size + column] = row == column ? 0f : (float)(-gram[row * size + column] / gram[column * size + column]);
            }
        }

        return new EaseWeights(modelIndex, size, weights, modelledByUser);
    }

    private static void AddTimeWeightedPairs(
        double[] gram, int size, int[] modelIndex, int[] courses, double[] days, TimeKernel kernel, double learnerWeight)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(days.Length, courses.Length);
        for (var first = 0; first < courses.Length; first++)
        {
            var row = modelIndex[courses[first]];
            if (row < 0)
            {
                continue;
            }

            gram[row * size + row] += learnerWeight;
            for (var second = first + 1; second < courses.Length; second++)
            {
                var column = modelIndex[courses[second]];
                if (column >= 0)
                {
                    var pair = learnerWeight * kernel.Weight(days[first], days[second]);
                    gram[row * size + column] += pair;
                    gram[column * size + row] += pair;
                }
            }
        }
    }

    /// <summary>
    /// <c>(1 − c)·B + c·κ·S</c> with κ = ‖B‖_F / ‖S‖_F, so c is the share of the other weights at equal size; both must
    /// model the same courses (fitted with the same minimum learners and cap).
    /// </summary>
    public EaseWeights Blended(EaseWeights other, float share)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(other.Size, Size);
        ArgumentOutOfRangeException.ThrowIfNegative(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1f);
        var otherNorm = TensorPrimitives.Norm(other.Weights);
        var scale = otherNorm > 0f ? share * TensorPrimitives.Norm(Weights) / otherNorm : 0f;
        var blended = new float[Weights.Length];
        TensorPrimitives.Multiply(Weights, 1f - share, blended);
        TensorPrimitives.MultiplyAdd(other.Weights, scale, blended, blended);
        return new EaseWeights(ModelIndex, Size, blended, ModelledByUser);
    }

    /// <summary>
    /// The modelled courses (at least <paramref name="minimumLearners"/> distinct learners, the most taken first up to
    /// <paramref name="maximumCourses"/>, in course order): each course's model index (−1 when not modelled) and each
    /// learner's modelled courses as model indexes.
    /// </summary>
    internal static (int[] ModelIndex, int[][] ModelledByUser) Modelled(
        IReadOnlyList<int[]> coursesByUser, int courseCount, int minimumLearners, int maximumCourses)
    {
        var learners = new int[courseCount];
        foreach (var courses in coursesByUser)
        {
            foreach (var course in courses)
            {
                learners[course]++;
            }
        }

        var modelled = Enumerable.Range(0, courseCount)
            .Where(course => learners[course] >= Math.Max(1, minimumLearners))
            .OrderByDescending(course => learners[course])
            .ThenBy(course => course)
            .Take(maximumCourses)
            .Order()
            .ToArray();
        var modelIndex = Enumerable.Repeat(-1, courseCount).ToArray();
        for (var index = 0; index < modelled.Length; index++)
        {
            modelIndex[modelled[index]] = index;
        }

        int[][] modelledByUser = [.. coursesByUser.Select(courses => courses.Select(course => modelIndex[course]).Where(index => index >= 0).ToArray())];
        return (modelIndex, modelledByUser);
    }
}
