using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// EASE^R (Steck 2019) as the product computes it (<see cref="EaseWeights"/>): a user's scores are x_u·B over the binary
/// user–item matrix. Only items with at least <see cref="EaseOptions.MinInteractions"/> training interactions are
/// modelled; every other item scores −∞ (below them, in the evaluator's random tie order). With a random-walk share c
/// the weights are (1 − c)·B + c·κ·W with W RP3beta's over the same items (<see cref="EaseWeights.Blended"/>), the
/// served model's item–item part.
/// </summary>
public sealed class EaseModel(EaseOptions options) : IRecommenderModel
{
    private const double SecondsPerDay = 86_400.0;

    private EaseWeights? _weights;

    public string Name => $"{(options.Dropout > 0 ? $"EDLAE (p={options.Dropout}, " : "EASE^R (")}λ={options.Lambda}, {(options.UserWeightExponent > 0 ? $"users ^−{options.UserWeightExponent}, " : "")}"
        + (options.RandomWalkShare > 0 ? $"⊕ {options.RandomWalkShare} RP3beta α={options.RandomWalk.Exponent} β={options.RandomWalk.PopularityExponent} k={options.RandomWalk.Neighbours}, " : "")
        + (options.TimeScaleDays > 0 ? $"time τ={options.TimeScaleDays} d m={options.TimeMix}, " : "")
        + $"items with ≥{options.MinInteractions} interactions{(ModelledItems > 0 ? $": {ModelledItems}" : "")})";

    /// <summary>How many items the last fit modelled (the side of the inverted matrix).</summary>
    public int ModelledItems => _weights?.Size ?? 0;

    public void Fit(TrainingSet training)
    {
        var itemsByUser = ItemItemScores.ItemsByUser(training);
        var timeKernel = options.TimeScaleDays > 0
            ? TimeKernel.OfFirstTimes(
                training.Interactions.Select(interaction => (interaction.User, interaction.Item, interaction.Timestamp / SecondsPerDay)),
                itemsByUser,
                options.TimeScaleDays,
                options.TimeMix)
            : null;
        var weights = EaseWeights.Fit(
            itemsByUser, training.ItemCount, options.Lambda, options.MinInteractions, int.MaxValue, options.Dropout, options.UserWeightExponent, timeKernel);
        _weights = options.RandomWalkShare > 0
            ? weights.Blended(
                RandomWalkWeights.Fit(
                    itemsByUser, training.ItemCount, options.MinInteractions, int.MaxValue, options.RandomWalk.Exponent,
                    options.RandomWalk.PopularityExponent, options.RandomWalk.Neighbours),
                options.RandomWalkShare)
            : weights;
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores) =>
        ItemItemScores.Score(_weights ?? throw new InvalidOperationException("Fit the model first."), user, candidates, scores);
}
