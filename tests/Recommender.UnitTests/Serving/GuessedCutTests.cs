using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

public sealed class GuessedCutTests
{
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.025, 1.959964)]
    [InlineData(0.0016, 2.947843)]
    public void TheUpperTailQuantileIsTheNormalOne(double tail, double expected) =>
        Assert.InRange(GuessedCut.UpperTailQuantile(tail), expected - 5e-4, expected + 5e-4);

    /// <summary>
    /// Scores spread uniformly have a lighter tail than the normal law the guess assumes: the guess lands above every
    /// score, so the first pass keeps nothing and the request ranks again without a guess, and the list is still exact.
    /// </summary>
    [Fact]
    public void AGuessAboveEveryScoreCostsASecondPassNotACourse()
    {
        const int courses = 5_000;
        var random = new Random(31);
        var biases = Enumerable.Range(0, courses).Select(_ => (float)random.NextDouble()).ToArray();
        var model = new RecommenderModel(
            1,
            DateTimeOffset.UnixEpoch,
            new RecommenderMetrics(0, 1, courses, 0, 0),
            dimension: 2,
            Enumerable.Range(0, courses).Select(course => CourseFeatures.None($"c{course}") with { Category = $"k{course % 50}" }).ToArray(),
            biases.SelectMany(bias => new[] { 0f, bias }).ToArray(),
            new float[courses],
            ["reader"],
            [1f, 1f],
            [],
            []);
        var request = new RecommendationRequest(UserFeatures.None("reader"), Count: 20, new HashSet<string>(), new HashSet<string>(), MaxPerCategory: 20);

        var guess = GuessedCut.Of(model.QuantisedRows, QuantisedUser.Of([1f, 1f], model.QuantisedRows), count: 20);
        var picks = TopKRecommender.Recommend(model, request);

        Assert.True(guess > biases.Max(), $"guess {guess}");
        var expected = Enumerable.Range(0, courses).OrderByDescending(course => biases[course]).ThenBy(course => course).Take(20)
            .Select(course => ($"c{course}", biases[course]));
        Assert.Equal(expected, picks.Select(pick => (pick.CourseKey, pick.Score)));
    }
}
