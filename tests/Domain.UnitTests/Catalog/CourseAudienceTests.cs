using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CourseAudienceTests
{
    [Fact]
    public void AveragesStarsWhenRatingsAreRecorded()
    {
        var course = Drafts.PublishedCourse();

        course.RecordRating(5);
        course.RecordRating(4);
        course.RecordRating(4);

        Assert.Equal(3, course.Rating.Count);
        Assert.Equal(13, course.Rating.TotalStars);
        Assert.Equal(4.33, course.Rating.Average);
    }

    [Fact]
    public void HasNoRatingsWhenNewlyDrafted()
    {
        var course = Drafts.Course();

        Assert.Equal(0, course.Rating.Count);
        Assert.Equal(0, course.Rating.Average);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void FailsWithInvalidRatingWhenStarsAreOutOfRange(int stars)
    {
        var course = Drafts.PublishedCourse();

        var error = Assert.Throws<DomainException>(() => course.RecordRating(stars));

        Assert.Equal("COURSE_INVALID_RATING", error.Code);
        Assert.Equal(0, course.Rating.Count);
    }

    [Fact]
    public void LeavesOriginalSummaryUnchangedWhenStarsAreAdded()
    {
        var before = RatingSummary.None;

        var after = before.Add(3);

        Assert.Equal(0, before.Count);
        Assert.Equal(1, after.Count);
        Assert.Equal(3, after.Average);
    }

    [Fact]
    public void CountsStudentsWhenEnrollmentsAreRecorded()
    {
        var course = Drafts.PublishedCourse();

        course.RecordEnrollment();
        course.RecordEnrollment();

        Assert.Equal(2, course.StudentCount);
    }
}
