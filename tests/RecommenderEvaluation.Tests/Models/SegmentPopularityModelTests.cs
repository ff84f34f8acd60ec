using KnowledgePay.RecommenderEvaluation.Models;

namespace KnowledgePay.RecommenderEvaluation.Tests.Models;

public sealed class SegmentPopularityModelTests
{
    // Item 0 is everyone's; item 1 only the drama fans' (users 0 and 1); item 2 only user 2's.
    private static readonly TrainingSet Training = new(
        [new(0, 0, 1, 0), new(0, 1, 1, 0), new(1, 0, 1, 0), new(1, 1, 1, 0), new(2, 0, 1, 0), new(2, 2, 1, 0), new(3, 0, 1, 0)],
        UserCount: 5,
        ItemCount: 3,
        UserFeatures: new Dictionary<int, string[]> { [0] = ["Drama"], [1] = ["Drama"], [2] = ["Comedy"], [4] = ["Drama"] });

    [Fact]
    public void ScoresTheOverallShareForAUserWhoStatedNothing()
    {
        var model = new SegmentPopularityModel();
        model.Fit(Training);
        var scores = new float[3];

        model.Score(3, [0, 1, 2], scores);

        Assert.Equal([4f / 7, 2f / 7, 1f / 7], scores, new FloatTolerance());
    }

    [Fact]
    public void AddsTheItemsShareOfTheStatedSegment()
    {
        var model = new SegmentPopularityModel();
        model.Fit(Training);
        var scores = new float[3];

        model.Score(4, [0, 1, 2], scores);

        Assert.Equal([(4f / 7) + 0.5f, (2f / 7) + 0.5f, 1f / 7], scores, new FloatTolerance());
    }

    private sealed class FloatTolerance : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) < 1e-6f;

        public int GetHashCode(float obj) => 0;
    }
}
