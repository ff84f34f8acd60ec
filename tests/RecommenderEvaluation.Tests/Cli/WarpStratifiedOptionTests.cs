using KnowledgePay.RecommenderEvaluation.Cli;

namespace KnowledgePay.RecommenderEvaluation.Tests.Cli;

public sealed class WarpStratifiedOptionTests
{
    [Fact]
    public void TrainsStratifiedUnlessToldOtherwise()
    {
        var byDefault = EvaluationOptions.Parse(["--ratings", "r.csv", "--training-threads", "2"]);
        var hogwild = EvaluationOptions.Parse(["--ratings", "r.csv", "--training-threads", "2", "--warp-stratified", "false"]);

        Assert.True(byDefault.Hybrid.Warp.Stratified);
        Assert.False(hogwild.Hybrid.Warp.Stratified);
        Assert.Equal(2, hogwild.Hybrid.TrainingThreads);
    }
}
