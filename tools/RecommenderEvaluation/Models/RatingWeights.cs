namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// How explicit ratings become the product's weighted implicit feedback: a liked rating (at least
/// <paramref name="LikedRating"/>) weighs <paramref name="LikedWeight"/>, a rating below
/// <paramref name="DislikedBelow"/> weighs nothing (a low rating is not interest), any other
/// <paramref name="UnlikedWeight"/>.
/// </summary>
public sealed record RatingWeights(float LikedRating, float LikedWeight, float UnlikedWeight, float DislikedBelow)
{
    public float Of(float rating) =>
        rating >= LikedRating ? LikedWeight : rating < DislikedBelow ? 0f : UnlikedWeight;
}
