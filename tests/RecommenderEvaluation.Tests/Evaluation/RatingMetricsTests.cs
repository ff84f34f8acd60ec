using KnowledgePay.RecommenderEvaluation.Evaluation;

namespace KnowledgePay.RecommenderEvaluation.Tests.Evaluation;

public sealed class RatingMetricsTests
{
    // Errors 1, 2 and 0.
    private static readonly (float Predicted, float Actual)[] Pairs = [(3f, 4f), (5f, 3f), (2f, 2f)];

    [Fact]
    public void RmseIsTheRootOfTheMeanSquaredError() =>
        Assert.Equal(Math.Sqrt(5.0 / 3), RatingMetrics.Rmse(Pairs), 6);

    [Fact]
    public void MaeIsTheMeanAbsoluteError() =>
        Assert.Equal(1.0, RatingMetrics.Mae(Pairs), 6);
}
