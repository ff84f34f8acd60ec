using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// RP3beta (Paudel et al. 2017) as the product computes it (<see cref="RandomWalkWeights"/>): a user's scores are x_u·W
/// over the binary user–item matrix; items with fewer than <see cref="Rp3BetaOptions.MinInteractions"/> training
/// interactions score −∞.
/// </summary>
public sealed class Rp3BetaModel(Rp3BetaOptions options) : IRecommenderModel
{
    private EaseWeights? _weights;

    public string Name => $"RP3beta (α={options.Exponent}, β={options.PopularityExponent}, k={options.Neighbours}, items with ≥{options.MinInteractions} interactions)";

    public void Fit(TrainingSet training) =>
        _weights = RandomWalkWeights.Fit(
            ItemItemScores.ItemsByUser(training), training.ItemCount, options.MinInteractions, int.MaxValue, options.Exponent,
            options.PopularityExponent, options.Neighbours);

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores) =>
        ItemItemScores.Score(_weights ?? throw new InvalidOperationException("Fit the model first."), user, candidates, scores);
}
