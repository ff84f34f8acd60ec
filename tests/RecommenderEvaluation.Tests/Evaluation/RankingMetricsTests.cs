using KnowledgePay.RecommenderEvaluation.Evaluation;

namespace KnowledgePay.RecommenderEvaluation.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    // Hits at ranks 2 and 4 out of three relevant items.
    private static readonly int[] Recommended = [1, 2, 3, 4];
    private static readonly HashSet<int> Relevant = [2, 4, 9];

    [Fact]
    public void PrecisionIsHitsOverKWhenTwoOfFourAreRelevant() =>
        Assert.Equal(0.5, RankingMetrics.Precision(Recommended, Relevant, 4), 6);

    [Fact]
    public void RecallIsHitsOverRelevantCountWhenTwoOfThreeRelevantAreFound() =>
        Assert.Equal(2.0 / 3, RankingMetrics.Recall(Recommended, Relevant, 4), 6);

    [Fact]
    public void NdcgDiscountsHitsByRankAgainstTheIdealList()
    {
        var dcg = 1 / Math.Log2(3) + 1 / Math.Log2(5);
        var idealDcg = 1 + 1 / Math.Log2(3) + 1 / Math.Log2(4);

        Assert.Equal(dcg / idealDcg, RankingMetrics.Ndcg(Recommended, Relevant, 4), 6);
    }

    [Fact]
    public void NdcgIsOneWhenTheRelevantItemsLead() =>
        Assert.Equal(1.0, RankingMetrics.Ndcg([4, 2, 1], new HashSet<int> { 2, 4 }, 3), 6);

    [Fact]
    public void MetricsOnlyCountTheTopKWhenHitsLieBeyondIt()
    {
        Assert.Equal(0.5, RankingMetrics.Precision(Recommended, Relevant, 2), 6);
        Assert.Equal(1.0 / 3, RankingMetrics.Recall(Recommended, Relevant, 2), 6);
        Assert.Equal(0.0, RankingMetrics.HitRate(Recommended, Relevant, 1));
        Assert.Equal(1.0, RankingMetrics.HitRate(Recommended, Relevant, 2));
    }

    [Fact]
    public void EverythingIsZeroWhenNothingRelevantIsRecommended()
    {
        var relevant = new HashSet<int> { 7 };

        Assert.Equal(0.0, RankingMetrics.Precision(Recommended, relevant, 4));
        Assert.Equal(0.0, RankingMetrics.Recall(Recommended, relevant, 4));
        Assert.Equal(0.0, RankingMetrics.Ndcg(Recommended, relevant, 4));
        Assert.Equal(0.0, RankingMetrics.HitRate(Recommended, relevant, 4));
    }

    [Fact]
    public void CoverageIsDistinctRecommendedItemsOverCatalogueSize() =>
        Assert.Equal(0.3, RankingMetrics.CatalogueCoverage([[1, 2], [2, 3], [3, 1]], 10), 6);
}
