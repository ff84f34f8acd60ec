using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.UnitTests.Training.ImplicitAls;

public sealed class RowSystemTests
{
    private const int Dimension = 6;

    [Fact]
    public void ConjugateGradientWithOneStepPerDimensionMatchesTheDirectSolve()
    {
        var random = new Random(11);
        var courses = new LatentFactors(15, Dimension);
        for (var index = 0; index < courses.Values.Length; index++)
        {
            courses.Values[index] = (float)(random.NextDouble() - 0.5);
        }

        int[] columns = [1, 4, 5, 9, 13];
        float[] weights = [1f, 3f, 1f, 2f, 1f];
        const float unobserved = 0.2f;
        const float regularization = 0.05f;
        var x = new float[Dimension];

        ConjugateGradient(courses, unobserved, regularization, columns, weights, x, steps: Dimension);

        var expected = DirectSolve(courses, unobserved, regularization, columns, weights);
        for (var index = 0; index < Dimension; index++)
        {
            Assert.Equal(expected[index], x[index], 3);
        }
    }

    [Theory]
    [InlineData(6)]
    [InlineData(40)]
    [InlineData(64)]
    public void EachConjugateGradientStepIsTheTextbookStepOnTheNormalEquationsWrittenOut(int dimension)
    {
        var random = new Random(dimension);
        var courses = new LatentFactors(90, dimension);
        for (var index = 0; index < courses.Values.Length; index++)
        {
            courses.Values[index] = (float)(random.NextDouble() - 0.5);
        }

        int[] columns = [2, 7, 30, 31, 64, 89];
        float[] weights = [1f, 2f, 1f, 3f, 1f, 1f];
        const float unobserved = 0.3f;
        const float regularization = 0.4f;
        var start = Enumerable.Range(0, dimension).Select(_ => (float)(random.NextDouble() - 0.5) * 0.1f).ToArray();
        var x = (float[])start.Clone();

        ConjugateGradient(courses, unobserved, regularization, columns, weights, x, steps: 3);

        var expected = TextbookConjugateGradient(courses, unobserved, regularization, columns, weights, start, steps: 3);
        for (var index = 0; index < dimension; index++)
        {
            Assert.Equal(expected[index], x[index], 4);
        }
    }

    [Fact]
    public void RowsInLockstepTakeExactlyTheStepsEachTakesAlone()
    {
        const int Rows = 7;
        const int Dimension = 40;
        var random = new Random(2);
        var courses = new LatentFactors(50, Dimension);
        for (var index = 0; index < courses.Values.Length; index++)
        {
            courses.Values[index] = (float)(random.NextDouble() - 0.5);
        }

        // Row 2 observed nothing (its exact solution is 0); the others between one and twelve courses.
        var feedback = ImplicitFeedback.Of(
            Rows,
            courses.Count,
            Enumerable.Range(0, Rows).Where(row => row != 2)
                .SelectMany(row => Enumerable.Range(0, 1 + random.Next(12)).Select(_ => (row, random.Next(courses.Count), 1f + random.Next(3)))));
        var options = new ImplicitAlsOptions { Dimension = Dimension, ConjugateGradientSteps = 3 };
        var together = new LatentFactors(Rows, Dimension);
        for (var index = 0; index < together.Values.Length; index++)
        {
            together.Values[index] = (float)(random.NextDouble() - 0.5) * 0.1f;
        }

        var alone = new LatentFactors(Rows, Dimension);
        together.Values.CopyTo(alone.Values);
        var gramian = courses.Gramian();
        var work = new float[LockstepConjugateGradient.WorkLength(Dimension)];

        LockstepConjugateGradient.Solve(together, 0, 4, courses, gramian, feedback, options, work);
        LockstepConjugateGradient.Solve(together, 4, 3, courses, gramian, feedback, options, work);
        for (var row = 0; row < Rows; row++)
        {
            LockstepConjugateGradient.Solve(alone, row, 1, courses, gramian, feedback, options, work);
        }

        Assert.Equal(alone.Values, together.Values);
        Assert.All(together.Row(2).ToArray(), value => Assert.Equal(0f, value));
        Assert.Contains(together.Row(0).ToArray(), value => value != 0f);
    }

    /// <summary>One row's CG through the trainer's solver: a one-row feedback matrix and ν = 0, so that λ_x is λ.</summary>
    private static void ConjugateGradient(
        LatentFactors courses, float unobserved, float regularization, int[] columns, float[] weights, float[] x, int steps)
    {
        var feedback = ImplicitFeedback.Of(1, courses.Count, columns.Zip(weights, (column, weight) => (0, column, weight)));
        var options = new ImplicitAlsOptions
        {
            Dimension = x.Length,
            UnobservedWeight = unobserved,
            Regularization = regularization,
            RegularizationExponent = 0f,
            ConjugateGradientSteps = steps,
        };
        var solved = new LatentFactors(1, x.Length);
        x.CopyTo(solved.Values);

        LockstepConjugateGradient.Solve(solved, 0, 1, courses, courses.Gramian(), feedback, options, new float[LockstepConjugateGradient.WorkLength(x.Length)]);

        solved.Values.CopyTo(x, 0);
    }

    /// <summary>A = α0 Σ_all h hᵀ + λ I + Σ_observed c h hᵀ and b = Σ_observed c h formed entry by entry; plain CG in double.</summary>
    private static double[] TextbookConjugateGradient(
        LatentFactors courses, float unobserved, float regularization, int[] columns, float[] weights, float[] start, int steps)
    {
        var n = courses.Dimension;
        var a = new double[n, n];
        var b = new double[n];
        for (var course = 0; course < courses.Count; course++)
        {
            var row = courses.Row(course);
            var observed = Array.IndexOf(columns, course);
            var weight = observed >= 0 ? weights[observed] : 0.0;
            for (var i = 0; i < n; i++)
            {
                b[i] += weight * row[i];
                for (var j = 0; j < n; j++)
                {
                    a[i, j] += (unobserved + weight) * row[i] * row[j];
                }
            }
        }

        double[] Times(double[] v) => [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => a[i, j] * v[j]) + (regularization * v[i]))];
        double Dot(double[] u, double[] v) => u.Zip(v).Sum(pair => pair.First * pair.Second);

        var x = start.Select(value => (double)value).ToArray();
        var product = Times(x);
        var residual = b.Zip(product).Select(pair => pair.First - pair.Second).ToArray();
        var direction = (double[])residual.Clone();
        for (var step = 0; step < steps; step++)
        {
            var curved = Times(direction);
            var length = Dot(residual, residual) / Dot(direction, curved);
            var next = residual.Zip(curved).Select(pair => pair.First - (length * pair.Second)).ToArray();
            x = x.Zip(direction).Select(pair => pair.First + (length * pair.Second)).ToArray();
            var beta = Dot(next, next) / Dot(residual, residual);
            direction = next.Zip(direction).Select(pair => pair.First + (beta * pair.Second)).ToArray();
            residual = next;
        }

        return x;
    }

    /// <summary>The normal equations written out in full and solved by Cholesky decomposition, in double precision.</summary>
    private static double[] DirectSolve(LatentFactors courses, float unobserved, float regularization, int[] columns, float[] weights)
    {
        var a = new double[Dimension, Dimension];
        var b = new double[Dimension];
        for (var course = 0; course < courses.Count; course++)
        {
            var row = courses.Row(course);
            var observed = Array.IndexOf(columns, course);
            var weight = observed >= 0 ? weights[observed] : 0f;
            for (var i = 0; i < Dimension; i++)
            {
                b[i] += weight * row[i];
                for (var j = 0; j < Dimension; j++)
                {
                    a[i, j] += (unobserved + weight) * row[i] * row[j];
                }
            }
        }

        for (var i = 0; i < Dimension; i++)
        {
            a[i, i] += regularization;
        }

        var lower = new double[Dimension, Dimension];
        for (var i = 0; i < Dimension; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = i == j ? Math.Sqrt(sum) : sum / lower[j, j];
            }
        }

        var y = new double[Dimension];
        for (var i = 0; i < Dimension; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= lower[i, k] * y[k];
            }

            y[i] = sum / lower[i, i];
        }

        var x = new double[Dimension];
        for (var i = Dimension - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < Dimension; k++)
            {
                sum -= lower[k, i] * x[k];
            }

            x[i] = sum / lower[i, i];
        }

        return x;
    }
}
