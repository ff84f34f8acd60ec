namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>A model of explicit ratings; it ranks candidates by predicted rating.</summary>
public interface IRatingPredictor : IRecommenderModel
{
    float PredictRating(int user, int item);

    void IRecommenderModel.Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        for (var index = 0; index < candidates.Length; index++)
        {
            scores[index] = PredictRating(user, candidates[index]);
        }
    }
}
