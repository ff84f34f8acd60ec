using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class FastDrawsTests
{
    [Fact]
    public void DrawsEveryIndexOfTheRangeAboutEquallyOften()
    {
        var draws = new FastDraws(new Random(3));
        var counts = new int[10];
        for (var draw = 0; draw < 100_000; draw++)
        {
            counts[draws.Next(10)]++;
        }

        Assert.All(counts, count => Assert.InRange(count, 9_500, 10_500));
    }

    [Fact]
    public void TheSameSeedGivesTheSameDrawsAndAnotherSeedOthers()
    {
        int[] Sequence(int seed)
        {
            var draws = new FastDraws(new Random(seed));
            return Enumerable.Range(0, 50).Select(_ => draws.Next(1_000)).ToArray();
        }

        Assert.Equal(Sequence(8), Sequence(8));
        Assert.NotEqual(Sequence(8), Sequence(9));
    }

    [Fact]
    public void ACopyNamesTheNextDrawAndLeavesTheOriginalToDrawIt()
    {
        var draws = new FastDraws(new Random(5));
        var neverCopied = draws;
        for (var draw = 0; draw < 20; draw++)
        {
            var ahead = draws;
            var named = ahead.Next(1_000);
            Assert.Equal(named, draws.Next(1_000));
            Assert.Equal(named, neverCopied.Next(1_000));
        }
    }
}
