using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class RatingSummaryTests
{
    [Fact]
    public void KeepsExactTotalsWhenRatingsAreAddedRemovedAndReplaced()
    {
        var summary = RatingSummary.None.Add(5).Add(4).Add(1);

        var changed = summary.Replace(1, 3).Remove(4);

        Assert.Equal(2, changed.Count);
        Assert.Equal(8, changed.TotalStars);
        Assert.Equal(4.0, changed.Average);
    }

    [Fact]
    public void ReturnsToNoneWhenTheLastRatingIsRemoved()
    {
        var summary = RatingSummary.None.Add(4).Remove(4);

        Assert.Equal(RatingSummary.None, summary);
        Assert.Equal(0, summary.Average);
    }

    [Fact]
    public void RefusesToRemoveARatingThatWasNeverCounted()
    {
        var error = Assert.Throws<DomainException>(() => RatingSummary.None.Remove(3));

        Assert.Equal("COURSE_RATING_NOT_COUNTED", error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void RefusesStarsOutOfRangeWhenReplacing(int stars)
    {
        var summary = RatingSummary.None.Add(3);

        var error = Assert.Throws<DomainException>(() => summary.Replace(3, stars));

        Assert.Equal("COURSE_INVALID_RATING", error.Code);
    }
}
