using System.Numerics.Tensors;
using KnowledgePay.Recommender.Training.Ease;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>What the item–item models (EASE^R, RP3beta) share: their input and their scores x_u·W.</summary>
internal static class ItemItemScores
{
    /// <summary>Each user's distinct training items, in item order.</summary>
    public static int[][] ItemsByUser(TrainingSet training)
    {
        var lookup = training.Interactions.ToLookup(interaction => interaction.User, interaction => interaction.Item);
        return [.. Enumerable.Range(0, training.UserCount).Select(user => lookup[user].Distinct().Order().ToArray())];
    }

    /// <summary>x_u·W for the candidates; items the weights do not model score −∞.</summary>
    public static void Score(EaseWeights weights, int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
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
