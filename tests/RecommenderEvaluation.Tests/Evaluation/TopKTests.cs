using KnowledgePay.RecommenderEvaluation.Evaluation;

namespace KnowledgePay.RecommenderEvaluation.Tests.Evaluation;

public sealed class TopKTests
{
    [Fact]
    public void ReturnsTheBestScoredFirstAndBreaksTiesTowardsTheLowerItem()
    {
        int[] candidates = [10, 11, 12, 13, 14];
        float[] scores = [0.5f, 0.9f, 0.1f, 0.9f, 0.7f];

        Assert.Equal([11, 13, 14], TopK.Select(candidates, scores, 3));
    }

    [Fact]
    public void ReturnsAllCandidatesWhenThereAreFewerThanK() =>
        Assert.Equal([2, 1], TopK.Select([1, 2], [0.2f, 0.8f], 10));
}
