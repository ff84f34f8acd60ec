using System.Numerics.Tensors;
using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// EASE^R (Steck 2019) as the product computes it (<see cref="EaseWeights"/>): a user's scores are x_u·B over the binary
/// user–item matrix. Only items with at least <see cref="EaseOptions.MinInteractions"/> training interactions are
/// modelled; every other item scores −∞ (below them, in the evaluator's random tie order).
/// </summary>
public sealed class EaseModel(EaseOptions options) : IRecommenderModel
{
    private EaseWeights? _weights;

    public string Name => $"{(options.Dropout > 0 ? $"EDLAE (p={options.Dropout}, " : "EASE^R (")}λ={options.Lambda}, {(options.UserWeightExponent > 0 ? $"users ^−{options.UserWeightExponent}, " : "")}items with ≥{options.MinInteractions} interactions{(ModelledItems > 0 ? $": {ModelledItems}" : "")})";

    /// <summary>How many items the last fit modelled (the side of the inverted matrix).</summary>
    public int ModelledItems => _weights?.Size ?? 0;

    public void Fit(TrainingSet training)
    {
        var lookup = training.Interactions.ToLookup(interaction => interaction.User, interaction => interaction.Item);
        int[][] itemsByUser = [.. Enumerable.Range(0, training.UserCount).Select(user => lookup[user].Distinct().Order().ToArray())];
        _weights = EaseWeights.Fit(itemsByUser, training.ItemCount, options.Lambda, options.MinInteractions, int.MaxValue, options.Dropout, options.UserWeightExponent);
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var weights = _weights ?? throw new InvalidOperationException("Fit the model first.");
        var accumulated = new float[weights.Size];
        foreach (var item in weights.ModelledByUser[user])
        {
            TensorPrimitives.Add(accumulated, weights.Row(item), accumulated);
        }

        for (var index = 0; index < candidates.Length; index++)
        {
            var modelled = weights.ModelIndex[candidates[index]];
            scores[index] = modelled >= 0 ? accumulated[modelled] : float.NegativeInfinity;
        }
    }
}
