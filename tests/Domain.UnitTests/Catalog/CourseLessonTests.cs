using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CourseLessonTests
{
    [Fact]
    public void CountsLessonsAndSumsDurationsWhenLessonsAreAdded()
    {
        var course = Drafts.Course();
        var first = course.AddChapter("One");
        var second = course.AddChapter("Two");

        course.AddLesson(first.Id, Drafts.Lesson(LessonKind.Video, 600));
        course.AddLesson(first.Id, Drafts.Lesson(LessonKind.Audio, 300));
        course.AddLesson(second.Id, Drafts.Lesson(LessonKind.Article, 0));

        Assert.Equal(3, course.LessonCount);
        Assert.Equal(900, course.TotalDurationSeconds);
    }

    [Fact]
    public void NumbersChaptersAndLessonsInOrderWhenAdded()
    {
        var course = Drafts.Course();
        course.AddChapter("One");
        var second = course.AddChapter("Two");

        course.AddLesson(second.Id, Drafts.Lesson(LessonKind.Video, 60));
        var lesson = course.AddLesson(second.Id, Drafts.Lesson(LessonKind.Live, 60));

        Assert.Equal(1, second.Position);
        Assert.Equal(1, lesson.Position);
        Assert.Equal(second.Id, lesson.ChapterId);
        Assert.Equal(LessonKind.Live, lesson.Kind);
    }

    [Fact]
    public void FailsWithChapterNotFoundWhenChapterBelongsElsewhere()
    {
        var course = Drafts.Course();
        var otherChapter = Drafts.Course().AddChapter("Elsewhere");

        var error = Assert.Throws<DomainException>(() => course.AddLesson(otherChapter.Id, Drafts.Lesson(LessonKind.Video, 60)));

        Assert.Equal("COURSE_CHAPTER_NOT_FOUND", error.Code);
        Assert.Equal(0, course.LessonCount);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(CatalogLimits.MaxLessonDurationSeconds + 1)]
    public void FailsWithInvalidDurationWhenDurationIsOutOfRange(int seconds)
    {
        var course = Drafts.Course();
        var chapter = course.AddChapter("One");

        var error = Assert.Throws<DomainException>(() => course.AddLesson(chapter.Id, Drafts.Lesson(LessonKind.Video, seconds)));

        Assert.Equal("LESSON_INVALID_DURATION", error.Code);
        Assert.Equal(0, course.TotalDurationSeconds);
    }

    [Fact]
    public void FailsWithInvalidTitleWhenChapterTitleIsBlank()
    {
        var course = Drafts.Course();

        var error = Assert.Throws<DomainException>(() => course.AddChapter(""));

        Assert.Equal("COURSE_INVALID_TITLE", error.Code);
    }
}
