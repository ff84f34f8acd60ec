using KnowledgePay.Recommender.Ratings;

namespace KnowledgePay.Recommender.UnitTests.Ratings;

public sealed class RatingFactorsAverageTests
{
    private static readonly RatingRange Scale = new(1f, 5f, 3f);

    [Fact]
    public void PredictsTheMeanOfItsMembersPredictions()
    {
        // One user, two items. First: 3 + 0.2 − 0.4 + 1·0.5 = 3.3 and 3 + 0.2 + 0.6 + 1·(−1) = 2.8.
        // Second: 3 + 0 + 0.2 + (2·(−1) + 0·1) = 1.2 and 3 + 0 + 0 + (2·0.5 + 0·3) = 4.
        var first = new RatingFactors(1, Scale, [0.2f], [-0.4f, 0.6f], [1f], [0.5f, -1f]);
        var second = new RatingFactors(2, Scale, [0f], [0.2f, 0f], [2f, 0f], [-1f, 1f, 0.5f, 3f]);

        var average = new BiasedMatrixFactorization(RatingFactorsAverage.Of([first, second]));

        Assert.Equal(3, average.Parameters.Factors);
        Assert.Equal((3.3f + 1.2f) / 2, average.Predict(0, 0), 5);
        Assert.Equal((2.8f + 4f) / 2, average.Predict(0, 1), 5);
    }

    [Fact]
    public void OneMemberIsServedUnchanged()
    {
        var only = new RatingFactors(1, Scale, [0.2f], [-0.4f], [1f], [0.5f]);

        var average = RatingFactorsAverage.Of([only]);

        Assert.Equal(only.UserFactors, average.UserFactors);
        Assert.Equal(only.ItemFactors, average.ItemFactors);
        Assert.Equal(only.ItemBias, average.ItemBias);
    }

    [Fact]
    public void RefusesMembersOverDifferentItems()
    {
        var oneItem = new RatingFactors(1, Scale, [0f], [0f], [1f], [1f]);
        var twoItems = new RatingFactors(1, Scale, [0f], [0f, 0f], [1f], [1f, 1f]);

        Assert.Throws<ArgumentException>(() => RatingFactorsAverage.Of([oneItem, twoItems]));
    }
}
