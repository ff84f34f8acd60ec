using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CourseLifecycleTests
{
    [Fact]
    public void StartsAsDraftWhenCreated()
    {
        var course = Drafts.Course();

        Assert.Equal(CourseStatus.Draft, course.Status);
        Assert.Null(course.PublishedAt);
        Assert.Equal(Drafts.Now, course.CreatedAt);
    }

    [Fact]
    public void FailsWithHasNoLessonsWhenPublishedWithoutLessons()
    {
        var course = Drafts.Course();
        course.AddChapter("Empty chapter");

        var error = Assert.Throws<DomainException>(() => course.Publish(Drafts.Now));

        Assert.Equal("COURSE_HAS_NO_LESSONS", error.Code);
        Assert.Equal(CourseStatus.Draft, course.Status);
    }

    [Fact]
    public void BecomesPublishedAtTheGivenTimeWhenPublishedWithALesson()
    {
        var course = Drafts.CourseWithOneLesson();
        var publishedAt = Drafts.Now.AddDays(2);

        course.Publish(publishedAt);

        Assert.Equal(CourseStatus.Published, course.Status);
        Assert.Equal(publishedAt, course.PublishedAt);
    }

    [Fact]
    public void FailsWhenPublishedTwice()
    {
        var course = Drafts.PublishedCourse();

        var error = Assert.Throws<DomainException>(() => course.Publish(Drafts.Now));

        Assert.Equal("COURSE_INVALID_STATUS_TRANSITION", error.Code);
    }

    [Fact]
    public void BecomesArchivedWhenPublishedCourseIsArchived()
    {
        var course = Drafts.PublishedCourse();

        course.Archive();

        Assert.Equal(CourseStatus.Archived, course.Status);
    }

    [Fact]
    public void FailsWhenArchivedTwice()
    {
        var course = Drafts.PublishedCourse();
        course.Archive();

        var error = Assert.Throws<DomainException>(course.Archive);

        Assert.Equal("COURSE_INVALID_STATUS_TRANSITION", error.Code);
    }

    [Fact]
    public void FailsWhenArchivedCourseIsPublished()
    {
        var course = Drafts.PublishedCourse();
        course.Archive();

        var error = Assert.Throws<DomainException>(() => course.Publish(Drafts.Now));

        Assert.Equal("COURSE_INVALID_STATUS_TRANSITION", error.Code);
    }

    [Fact]
    public void FailsWithNotEditableWhenArchivedCourseIsDescribed()
    {
        var course = Drafts.PublishedCourse();
        course.Archive();

        var error = Assert.Throws<DomainException>(() => course.Describe("New title", "New summary", null));

        Assert.Equal("COURSE_NOT_EDITABLE", error.Code);
    }

    [Fact]
    public void FailsWithNotEditableWhenArchivedCourseIsRepriced()
    {
        var course = Drafts.PublishedCourse();
        course.Archive();

        var error = Assert.Throws<DomainException>(() => course.ChangePrice(Money.Fen(100)));

        Assert.Equal("COURSE_NOT_EDITABLE", error.Code);
    }

    [Fact]
    public void FailsWithNotEditableWhenChapterIsAddedToArchivedCourse()
    {
        var course = Drafts.PublishedCourse();
        course.Archive();

        var error = Assert.Throws<DomainException>(() => course.AddChapter("Bonus"));

        Assert.Equal("COURSE_NOT_EDITABLE", error.Code);
    }

    [Fact]
    public void StaysEditableWhenPublished()
    {
        var course = Drafts.PublishedCourse();

        course.ChangePrice(Money.Fen(1900));

        Assert.Equal(1900, course.Price.AmountFen);
    }
}
