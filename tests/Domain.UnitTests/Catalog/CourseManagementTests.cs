using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using static KnowledgePay.Domain.UnitTests.Catalog.CourseBuilder;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CourseManagementTests
{
    [Fact]
    public void DraftRaisesOnlyCourseCreated()
    {
        var creatorId = Guid.NewGuid();
        var categoryId = Guid.NewGuid();

        var course = Course.Draft(creatorId, categoryId, "Title", "Summary", Money.Fen(100), Now);

        Assert.Equal(CourseStatus.Draft, course.Status);
        Assert.Equal(new CourseCreatedEvent(course.Id, creatorId, categoryId, "Title", 100), Assert.Single(course.DomainEvents()));
    }

    [Fact]
    public void ChangesPriceAndRecordsOldAndNew()
    {
        var course = ADraft();

        course.ChangePrice(Money.Fen(9900));

        Assert.Equal(9900, course.Price.AmountFen);
        Assert.Equal(new CoursePriceChangedEvent(course.Id, 4900, 9900), Assert.Single(course.DomainEvents()));
    }

    [Fact]
    public void EveryManagementChangeBumpsTheVersion()
    {
        var course = ADraft(1);
        var before = course.Version;

        course.ChangePrice(Money.Fen(1));
        course.RenameChapter(course.ChapterAt(0).Id, "Renamed");
        course.Publish(Now);
        course.Archive();

        Assert.Equal(before + 4, course.Version);
    }

    [Fact]
    public void RetagKeepsExactlyTheGivenTags()
    {
        var course = ADraft();
        var kept = Guid.NewGuid();
        var added = Guid.NewGuid();
        course.TagWith(kept);
        course.TagWith(Guid.NewGuid());

        course.Retag([kept, added, added]);

        Assert.Equal(new[] { kept, added }.Order(), course.Tags.Select(t => t.TagId).Order());
    }

    [Fact]
    public void FailsWhenRetaggedWithTooManyTags()
    {
        var course = ADraft();

        var error = Assert.Throws<DomainException>(() =>
            course.Retag([.. Enumerable.Range(0, CatalogLimits.MaxTagsPerCourse + 1).Select(_ => Guid.NewGuid())]));

        Assert.Equal("COURSE_TOO_MANY_TAGS", error.Code);
        Assert.Empty(course.Tags);
    }

    [Fact]
    public void FailsToPublishWithoutLessons()
    {
        var course = ADraft(0);

        var error = Assert.Throws<DomainException>(() => course.Publish(Now));

        Assert.Equal(CourseErrors.HasNoLessonsCode, error.Code);
        Assert.Equal(CourseStatus.Draft, course.Status);
    }

    [Fact]
    public void PublishesAndRaisesEvent()
    {
        var course = ADraft(1);

        course.Publish(Now);

        Assert.Equal((CourseStatus.Published, Now), (course.Status, course.PublishedAt));
        Assert.Equal(new CoursePublishedEvent(course.Id, Now), Assert.Single(course.DomainEvents()));
    }

    [Fact]
    public void ArchivedCourseCanNoLongerBeEdited()
    {
        var course = ADraft(1);
        course.Archive();

        var error = Assert.Throws<DomainException>(() => course.AddChapter("Late"));

        Assert.Equal(CourseErrors.NotEditableCode, error.Code);
        Assert.Single(course.Chapters);
    }

    [Fact]
    public void FailsToArchiveTwice()
    {
        var course = ADraft();
        course.Archive();

        var error = Assert.Throws<DomainException>(course.Archive);

        Assert.Equal(CourseErrors.InvalidTransitionCode, error.Code);
    }

    [Fact]
    public void CreatorJoinsLinkedToItsUser()
    {
        var userId = Guid.NewGuid();

        var creator = Creator.Join("Li Wen", null, null, null, Now, userId);

        Assert.Equal(userId, creator.UserId);
        Assert.Equal(new CreatorJoinedEvent(creator.Id, userId, "Li Wen"), Assert.Single(creator.DomainEvents()));
    }

}
