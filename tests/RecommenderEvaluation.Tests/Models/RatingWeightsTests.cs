using KnowledgePay.RecommenderEvaluation.Models;

namespace KnowledgePay.RecommenderEvaluation.Tests.Models;

public sealed class RatingWeightsTests
{
    private static readonly RatingWeights Weights = new(LikedRating: 4f, LikedWeight: 3f, UnlikedWeight: 1f, DislikedBelow: 2.5f);

    [Theory]
    [InlineData(5f, 3f)]
    [InlineData(4f, 3f)]
    [InlineData(3.5f, 1f)]
    [InlineData(2.5f, 1f)]
    [InlineData(2f, 0f)]
    [InlineData(0.5f, 0f)]
    public void LikedRatingsWeighMoreAndLowRatingsNothing(float rating, float weight) =>
        Assert.Equal(weight, Weights.Of(rating));
}
