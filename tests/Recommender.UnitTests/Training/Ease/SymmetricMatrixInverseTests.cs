using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.Recommender.UnitTests.Training.Ease;

public sealed class SymmetricMatrixInverseTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(70)]
    [InlineData(129)]
    public void PanelsOfPivotsLeaveWhatOnePivotAtATimeLeaves(int size)
    {
        var matrix = RandomGram(size, seed: size);
        var expected = (double[])matrix.Clone();
        OnePivotAtATime(expected, size);

        SymmetricMatrixInverse.InvertInPlace(matrix, size);

        var scale = expected.Max(Math.Abs);
        Assert.All(expected.Zip(matrix), pair => Assert.True(
            Math.Abs(pair.First - pair.Second) <= 1e-12 * scale, $"{pair.Second} differs from {pair.First}"));
    }

    [Fact]
    public void TheInverseTimesTheMatrixIsTheIdentity()
    {
        const int Size = 100;
        var matrix = RandomGram(Size, seed: 3);
        var inverse = (double[])matrix.Clone();

        SymmetricMatrixInverse.InvertInPlace(inverse, Size);

        for (var row = 0; row < Size; row++)
        {
            for (var column = 0; column < Size; column++)
            {
                var product = Enumerable.Range(0, Size).Sum(k => matrix[(row * Size) + k] * inverse[(k * Size) + column]);
                Assert.Equal(row == column ? 1.0 : 0.0, product, 9);
            }
        }
    }

    /// <summary>XᵀX + I for a random 0/1 matrix X with twice as many rows: symmetric positive definite, like EASE's.</summary>
    private static double[] RandomGram(int size, int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, 2 * size).Select(_ => Enumerable.Range(0, size).Select(_ => random.Next(3) == 0 ? 1.0 : 0.0).ToArray()).ToArray();
        var gram = new double[size * size];
        for (var a = 0; a < size; a++)
        {
            for (var b = 0; b < size; b++)
            {
                gram[(a * size) + b] = rows.Sum(row => row[a] * row[b]) + (a == b ? 1.0 : 0.0);
            }
        }

        return gram;
    }

    /// <summary>Gauss–Jordan elimination written out one pivot, one row and one entry at a time.</summary>
    private static void OnePivotAtATime(double[] m, int n)
    {
        for (var p = 0; p < n; p++)
        {
            var pivot = m[(p * n) + p];
            m[(p * n) + p] = 1.0;
            for (var j = 0; j < n; j++)
            {
                m[(p * n) + j] /= pivot;
            }

            for (var i = 0; i < n; i++)
            {
                if (i == p)
                {
                    continue;
                }

                var factor = m[(i * n) + p];
                m[(i * n) + p] = 0.0;
                for (var j = 0; j < n; j++)
                {
                    m[(i * n) + j] -= factor * m[(p * n) + j];
                }
            }
        }
    }
}
