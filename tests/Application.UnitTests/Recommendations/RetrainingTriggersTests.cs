using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Application.UnitTests.Recommendations;

public sealed class RetrainingTriggersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AsksForANewModelWhenACourseIsPublished()
    {
        var course = Draft(priceFen: 9900);

        course.Publish(Now);

        Assert.Equal($"Course {course.Id} was published.", ReasonToRetrain(course));
    }

    [Fact]
    public void AsksForANewModelWhenAPublishedCourseIsRetagged()
    {
        var course = Published(priceFen: 9900);

        course.TagWith(Guid.CreateVersion7());

        Assert.NotNull(ReasonToRetrain(course));
    }

    [Fact]
    public void AsksForANewModelWhenAPublishedCourseIsArchived()
    {
        var course = Published(priceFen: 9900);

        course.Archive();

        Assert.Equal($"Course {course.Id} was archived.", ReasonToRetrain(course));
    }

    [Fact]
    public void AsksForNothingWhenADraftChanges()
    {
        var course = Draft(priceFen: 9900);

        course.TagWith(Guid.CreateVersion7());
        course.Archive();

        Assert.Null(ReasonToRetrain(course));
    }

    [Theory]
    [InlineData(9900, true)]
    [InlineData(4900, false)]
    public void AsksForANewModelWhenTheNewPriceIsInAnotherBand(long newPriceFen, bool retrain)
    {
        var course = Published(priceFen: 1900);

        course.ChangePrice(Money.Fen(newPriceFen));

        Assert.Equal(retrain, ReasonToRetrain(course) is not null);
    }

    [Fact]
    public void AsksForNothingWhenAPublishedCourseIsOnlyRenamed()
    {
        var course = Published(priceFen: 9900);

        course.Describe("A new title", "A new summary", null);

        Assert.Null(ReasonToRetrain(course));
    }

    /// <summary>Each event is judged on its own against the course as it stands, as the outbox delivers them.</summary>
    private static string? ReasonToRetrain(Course course) =>
        course.DomainEvents()
            .Select(change => RetrainingTriggers.ReasonToRetrain(change, course.Id, course.Status, course.PublishedAt))
            .FirstOrDefault(reason => reason is not null);

    private static Course Draft(long priceFen)
    {
        var course = Course.Draft(Guid.CreateVersion7(), Guid.CreateVersion7(), "Title", "Summary", Money.Fen(priceFen), Now);
        var chapter = course.AddChapter("Chapter");
        course.AddLesson(chapter.Id, new LessonContent("Lesson", LessonKind.Video, 300, IsFreePreview: true));
        course.ClearDomainEvents();
        return course;
    }

    private static Course Published(long priceFen)
    {
        var course = Draft(priceFen);
        course.Publish(Now);
        course.ClearDomainEvents();
        return course;
    }
}
