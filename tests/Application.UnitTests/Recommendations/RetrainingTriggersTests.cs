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

        Assert.Equal($"Course {course.Id} was published.", RetrainingTriggers.ReasonToRetrain(course));
    }

    [Fact]
    public void AsksForANewModelWhenAPublishedCourseIsRetagged()
    {
        var course = Published(priceFen: 9900);

        course.TagWith(Guid.CreateVersion7());

        Assert.NotNull(RetrainingTriggers.ReasonToRetrain(course));
    }

    [Fact]
    public void AsksForANewModelWhenAPublishedCourseIsArchived()
    {
        var course = Published(priceFen: 9900);

        course.Archive();

        Assert.Equal($"Course {course.Id} was archived.", RetrainingTriggers.ReasonToRetrain(course));
    }

    [Fact]
    public void AsksForNothingWhenADraftChanges()
    {
        var course = Draft(priceFen: 9900);

        course.TagWith(Guid.CreateVersion7());
        course.Archive();

        Assert.Null(RetrainingTriggers.ReasonToRetrain(course));
    }

    [Theory]
    [InlineData(9900, true)]
    [InlineData(4900, false)]
    public void AsksForANewModelWhenTheNewPriceIsInAnotherBand(long newPriceFen, bool retrain)
    {
        var course = Published(priceFen: 1900);

        course.ChangePrice(Money.Fen(newPriceFen));

        Assert.Equal(retrain, RetrainingTriggers.ReasonToRetrain(course) is not null);
    }

    [Fact]
    public void AsksForNothingWhenAPublishedCourseIsOnlyRenamed()
    {
        var course = Published(priceFen: 9900);

        course.Describe("A new title", "A new summary", null);

        Assert.Null(RetrainingTriggers.ReasonToRetrain(course));
    }

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
