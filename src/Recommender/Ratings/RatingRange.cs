namespace KnowledgePay.Recommender.Ratings;

/// <summary>The training ratings' bounds and mean; predictions outside the scale only add error.</summary>
public readonly record struct RatingRange(float Min, float Max, float Mean)
{
    public static RatingRange Of(IReadOnlyCollection<float> ratings) => new(ratings.Min(), ratings.Max(), ratings.Average());

    public float Clamp(float rating) => Math.Clamp(rating, Min, Max);
}
