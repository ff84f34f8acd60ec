using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Tests.Data;

public sealed class OnboardingInterestsTests
{
    private static readonly Interaction[] Interactions = SyntheticData.TwoClusters(seed: 5);

    // Items below 50 are comedies, the rest dramas; every item also carries a genre of its own tens.
    private static readonly IReadOnlyDictionary<int, string[]> Genres = Enumerable.Range(0, 100)
        .ToDictionary(item => item, item => new[] { item < 50 ? "Comedy" : "Drama", $"G{item / 10}" });

    [Fact]
    public void SetsTheSampleAsideSoNoInterestComesFromAnItemThatStays()
    {
        var (rest, _) = OnboardingInterests.Draw(Interactions, Genres, sampleSize: 5, interestCount: 3, seed: 1);

        Assert.Equal(Interactions.Length - (100 * 5), rest.Count);
        Assert.Subset(Interactions.ToHashSet(), rest.ToHashSet());
        Assert.All(rest.CountBy(interaction => interaction.User), user => Assert.Equal(10, user.Value));
    }

    [Fact]
    public void StatesTheMostFrequentGenresOfTheSample()
    {
        var (rest, interests) = OnboardingInterests.Draw(Interactions, Genres, sampleSize: 5, interestCount: 3, seed: 1);

        var kept = rest.ToHashSet();
        foreach (var user in Interactions.GroupBy(interaction => interaction.User))
        {
            var sample = user.Where(interaction => !kept.Contains(interaction)).ToArray();
            var counts = sample.SelectMany(interaction => Genres[interaction.Item]).CountBy(genre => genre).ToDictionary();
            Assert.Equal(user.Key < 60 ? "Comedy" : "Drama", interests[user.Key][0]);
            Assert.Equal(Math.Min(3, counts.Count), interests[user.Key].Length);
            Assert.All(interests[user.Key].Skip(1), genre => Assert.True(counts[genre] <= counts[interests[user.Key][0]]));
        }
    }

    [Fact]
    public void KeepsHalfOfAUserWithFewInteractions()
    {
        Interaction[] few = [new(0, 1, 1f, 0), new(0, 2, 1f, 0), new(0, 3, 1f, 0)];

        var (rest, interests) = OnboardingInterests.Draw(few, Genres, sampleSize: 5, interestCount: 3, seed: 1);

        Assert.Equal(2, rest.Count);
        Assert.Equal(["Comedy", "G0"], interests[0].Order());
    }

    [Fact]
    public void IsTheSameForTheSameSeed()
    {
        var first = OnboardingInterests.Draw(Interactions, Genres, 5, 3, seed: 4);
        var again = OnboardingInterests.Draw(Interactions, Genres, 5, 3, seed: 4);

        Assert.Equal(first.Kept, again.Kept);
        Assert.Equal(first.Interests.OrderBy(pair => pair.Key), again.Interests.OrderBy(pair => pair.Key));
    }
}
