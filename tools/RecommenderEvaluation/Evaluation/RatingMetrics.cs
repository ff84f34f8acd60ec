namespace KnowledgePay.RecommenderEvaluation.Evaluation;

public static class RatingMetrics
{
    public static double Rmse(IReadOnlyCollection<(float Predicted, float Actual)> pairs) =>
        Math.Sqrt(pairs.Average(pair => Math.Pow(pair.Predicted - pair.Actual, 2)));

    public static double Mae(IReadOnlyCollection<(float Predicted, float Actual)> pairs) =>
        pairs.Average(pair => Math.Abs(pair.Predicted - pair.Actual));
}
