using KnowledgePay.Recommender.Training.Warp;

namespace KnowledgePay.Recommender.UnitTests.Training.Warp;

public sealed class RowMathTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(48)]
    [InlineData(128)]
    public void DotIsTheSumOfTheProducts(int length)
    {
        var random = new Random(length);
        var left = Values(random, length);
        var right = Values(random, length);
        var expected = left.Zip(right, (a, b) => (double)a * b).Sum();

        Assert.Equal(expected, RowMath.Dot(left, right), 1e-5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(33)]
    public void AddScaledAndCopyTouchEveryElementOfTheDestinationAndNoMore(int length)
    {
        var random = new Random(length);
        var source = Values(random, length + 3);
        var destination = Values(random, length + 3);
        var expectedSum = destination.Select((value, index) => index < length ? value + (0.3f * source[index]) : value).ToArray();

        RowMath.AddScaled(source, 0.3f, destination.AsSpan(0, length));
        Assert.Equal(expectedSum, destination, (a, b) => MathF.Abs(a - b) <= 1e-6f);

        var expectedCopy = source[..length].Concat(destination[length..]).ToArray();
        RowMath.Copy(source, destination.AsSpan(0, length));
        Assert.Equal(expectedCopy, destination);
    }

    private static float[] Values(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
}
