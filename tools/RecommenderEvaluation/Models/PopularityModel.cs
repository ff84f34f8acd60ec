namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>Ranks items by how many training interactions they have, the same list for everyone.</summary>
public sealed class PopularityModel : IRecommenderModel
{
    private int[] _counts = [];

    public string Name => "popularity";

    public void Fit(TrainingSet training)
    {
        _counts = new int[training.ItemCount];
        foreach (var interaction in training.Interactions)
        {
            _counts[interaction.Item]++;
        }
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        for (var index = 0; index < candidates.Length; index++)
        {
            scores[index] = _counts[candidates[index]];
        }
    }
}
