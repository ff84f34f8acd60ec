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
        var gramian = courses.Gramian();
        var x = new float[Dimension];

        new RowSystem(courses, gramian, unobserved, regularization, columns, weights)
            .ConjugateGradient(x, steps: Dimension, new float[3 * Dimension]);

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

        new RowSystem(courses, courses.Gramian(), unobserved, regularization, columns, weights)
            .ConjugateGradient(x, steps: 3, new float[3 * dimension]);

        var expected = TextbookConjugateGradient(courses, unobserved, regularization, columns, weights, start, steps: 3);
        for (var index = 0; index < dimension; index++)
        {
            Assert.Equal(expected[index], x[index], 4);
        }
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
