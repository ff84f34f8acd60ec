using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>The training ratings' bounds and mean; predictions outside the scale only add error.</summary>
public readonly record struct RatingRange(float Min, float Max, float Mean)
{
    public static RatingRange Of(IReadOnlyList<Interaction> interactions) => new(
        interactions.Min(interaction => interaction.Rating),
        interactions.Max(interaction => interaction.Rating),
        interactions.Average(interaction => interaction.Rating));

    public float Clamp(float rating) => Math.Clamp(rating, Min, Max);
}
