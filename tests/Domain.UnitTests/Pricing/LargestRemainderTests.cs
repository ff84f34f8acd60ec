using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Domain.UnitTests.Pricing;

public sealed class LargestRemainderTests
{
    [Theory]
    [InlineData(100, new long[] { 1, 1, 1 }, new long[] { 34, 33, 33 })]
    [InlineData(10, new long[] { 5, 0, 5 }, new long[] { 5, 0, 5 })]
    [InlineData(7, new long[] { 3000, 1000 }, new long[] { 5, 2 })]
    [InlineData(0, new long[] { 3, 4 }, new long[] { 0, 0 })]
    public void SharesAreWholeFenThatAddUpExactly(long amount, long[] weights, long[] expected) =>
        Assert.Equal(expected, LargestRemainder.Allocate(amount, weights));

    [Fact]
    public void RandomSplitsAddUpAndStayWithinOneFenOfTheExactShare()
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 20)).Select(_ => (long)random.Next(0, 1_000_000)).ToArray();
            var amount = (long)random.Next(0, (int)Math.Min(int.MaxValue, Math.Max(1, weights.Sum())));

            var shares = LargestRemainder.Allocate(amount, weights);

            Assert.Equal(weights.Sum() == 0 ? 0 : amount, shares.Sum());
            for (var j = 0; j < weights.Length && weights.Sum() > 0; j++)
            {
                var exact = (decimal)amount * weights[j] / weights.Sum();
                Assert.InRange(shares[j], Math.Floor(exact), Math.Floor(exact) + 1);
            }
        }
    }
}
