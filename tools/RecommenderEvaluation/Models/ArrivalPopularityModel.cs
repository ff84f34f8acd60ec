namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>The popularity baseline as of each user's arrival (<see cref="ArrivalPopularity"/>).</summary>
public sealed class ArrivalPopularityModel(ArrivalPopularity popularity) : IRecommenderModel
{
    private TrainingSet? _training;

    public string Name => popularity.Describe();

    public void Fit(TrainingSet training) => _training = training;

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var training = _training ?? throw new InvalidOperationException("Fit the model first.");
        var itemPopularity = popularity.For(user, training.Interactions, training.ItemCount);
        for (var index = 0; index < candidates.Length; index++)
        {
            scores[index] = itemPopularity[candidates[index]];
        }
    }
}
