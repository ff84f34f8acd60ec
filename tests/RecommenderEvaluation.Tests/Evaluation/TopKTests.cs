using KnowledgePay.RecommenderEvaluation.Evaluation;

namespace KnowledgePay.RecommenderEvaluation.Tests.Evaluation;

public sealed class TopKTests
{
    [Fact]
    public void ReturnsTheBestScoredFirst()
    {
        int[] candidates = [10, 11, 12, 13, 14];
        float[] scores = [0.5f, 0.9f, 0.1f, 0.8f, 0.7f];

        Assert.Equal([11, 13, 14], TopK.Select(candidates, scores, 3, new Random(1)));
    }

    [Fact]
    public void ReturnsAllCandidatesWhenThereAreFewerThanK() =>
        Assert.Equal([2, 1], TopK.Select([1, 2], [0.2f, 0.8f], 10, new Random(1)));

    [Fact]
    public void BreaksTiesTheSameWayForTheSameSeed()
    {
        var candidates = Enumerable.Range(0, 50).ToArray();
        var scores = new float[50];

        Assert.Equal(TopK.Select(candidates, scores, 5, new Random(9)), TopK.Select(candidates, scores, 5, new Random(9)));
    }

    [Fact]
    public void BreaksTiesAtRandomNotTowardsTheLowerItem()
    {
        var candidates = Enumerable.Range(0, 50).ToArray();
        var scores = Enumerable.Range(0, 50).Select(item => item == 30 ? 1f : 0f).ToArray();

        var lists = Enumerable.Range(0, 20).Select(seed => TopK.Select(candidates, scores, 5, new Random(seed))).ToList();

        Assert.All(lists, list => Assert.Equal(30, list[0]));
        Assert.True(lists.Select(list => string.Join(',', list)).Distinct().Count() > 10, "ties should fall differently for different seeds");
        Assert.Contains(lists, list => list[1..].Any(item => item > 30));
    }
}
