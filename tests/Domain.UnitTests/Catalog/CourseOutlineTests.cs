using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using static KnowledgePay.Domain.UnitTests.Catalog.CourseBuilder;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CourseOutlineTests
{
    [Fact]
    public void RenamesChapterAndRaisesEvent()
    {
        var course = ADraft(1);
        var chapter = course.ChapterAt(0);

        course.RenameChapter(chapter.Id, "  Basics  ");

        Assert.Equal("Basics", chapter.Title);
        Assert.Equal(new ChapterRenamedEvent(course.Id, chapter.Id, "Basics"), Assert.Single(course.DomainEvents()));
    }

    [Fact]
    public void MovesChapterForwardAndShiftsTheOthersBack()
    {
        var course = ADraft(0, 0, 0);
        var first = course.ChapterAt(0);
        var second = course.ChapterAt(1);
        var third = course.ChapterAt(2);

        course.MoveChapter(first.Id, 2);

        Assert.Equal([0, 1, 2], [second.Position, third.Position, first.Position]);
    }

    [Fact]
    public void MovesChapterBackwardAndShiftsTheOthersForward()
    {
        var course = ADraft(0, 0, 0);
        var first = course.ChapterAt(0);
        var second = course.ChapterAt(1);
        var third = course.ChapterAt(2);

        course.MoveChapter(third.Id, 0);

        Assert.Equal([0, 1, 2], [third.Position, first.Position, second.Position]);
    }

    [Fact]
    public void FailsWhenChapterPositionIsPastTheEnd()
    {
        var course = ADraft(0, 0);

        var error = Assert.Throws<DomainException>(() => course.MoveChapter(course.ChapterAt(0).Id, 2));

        Assert.Equal(CourseErrors.InvalidPositionCode, error.Code);
        Assert.Equal([0, 1], course.Chapters.Positions());
    }

    [Fact]
    public void RemovesChapterWithItsLessonsAndKeepsCountsAndPositionsRight()
    {
        var course = ADraft(2, 3, 1);

        course.RemoveChapter(course.ChapterAt(1).Id);

        Assert.Equal([0, 1], course.Chapters.Positions());
        Assert.Equal(3, course.LessonCount);
        Assert.Equal(180, course.TotalDurationSeconds);
        Assert.Equal(["Lesson 2.0"], course.ChapterAt(1).LessonTitles());
    }

    [Fact]
    public void FailsWhenChapterIsNotPartOfTheCourse()
    {
        var course = ADraft(1);

        var error = Assert.Throws<DomainException>(() => course.RenameChapter(Guid.NewGuid(), "Other"));

        Assert.Equal(CourseErrors.ChapterNotFoundCode, error.Code);
    }

    [Fact]
    public void EditsLessonAndAdjustsTotalDuration()
    {
        var course = ADraft(2);
        var lesson = course.ChapterAt(0).Lessons.First();

        course.EditLesson(lesson.Id, new LessonContent("Intro", LessonKind.Audio, 300, true, "Notes", "https://cdn.example/a.mp3"));

        Assert.Equal(("Intro", LessonKind.Audio, 300, true), (lesson.Title, lesson.Kind, lesson.DurationSeconds, lesson.IsFreePreview));
        Assert.Equal(("Notes", "https://cdn.example/a.mp3"), (lesson.Body, lesson.MediaUrl));
        Assert.Equal(360, course.TotalDurationSeconds);
        Assert.Equal(2, course.LessonCount);
    }

    [Fact]
    public void LeavesLessonUnchangedWhenEditIsInvalid()
    {
        var course = ADraft(1);
        var lesson = course.ChapterAt(0).Lessons.Single();

        var error = Assert.Throws<DomainException>(() => course.EditLesson(lesson.Id, ALesson("New title", seconds: -1)));

        Assert.Equal("LESSON_INVALID_DURATION", error.Code);
        Assert.Equal(("Lesson 0.0", 60), (lesson.Title, lesson.DurationSeconds));
        Assert.Equal(60, course.TotalDurationSeconds);
    }

    [Fact]
    public void MovesLessonWithinItsChapter()
    {
        var course = ADraft(3);
        var chapter = course.ChapterAt(0);

        course.MoveLesson(chapter.Lessons.Single(l => l.Position == 0).Id, chapter.Id, 2);

        Assert.Equal(["Lesson 0.1", "Lesson 0.2", "Lesson 0.0"], chapter.LessonTitles());
    }

    [Fact]
    public void MovesLessonIntoAnotherChapterKeepingBothDense()
    {
        var course = ADraft(3, 2);
        var from = course.ChapterAt(0);
        var to = course.ChapterAt(1);
        var lesson = from.Lessons.Single(l => l.Position == 1);

        course.MoveLesson(lesson.Id, to.Id, 1);

        Assert.Equal(["Lesson 0.0", "Lesson 0.2"], from.LessonTitles());
        Assert.Equal(["Lesson 1.0", "Lesson 0.1", "Lesson 1.1"], to.LessonTitles());
        Assert.Equal(to.Id, lesson.ChapterId);
        Assert.Equal(5, course.LessonCount);
    }

    [Fact]
    public void FailsWhenLessonPositionIsPastTheEndOfTheTargetChapter()
    {
        var course = ADraft(1, 1);
        var lesson = course.ChapterAt(0).Lessons.Single();

        var error = Assert.Throws<DomainException>(() => course.MoveLesson(lesson.Id, course.ChapterAt(1).Id, 2));

        Assert.Equal(CourseErrors.InvalidPositionCode, error.Code);
        Assert.Equal(course.ChapterAt(0).Id, lesson.ChapterId);
    }

    [Fact]
    public void RemovesLessonAndKeepsCountsAndPositionsRight()
    {
        var course = ADraft(3);
        var chapter = course.ChapterAt(0);

        course.RemoveLesson(chapter.Lessons.Single(l => l.Position == 0).Id);

        Assert.Equal(["Lesson 0.1", "Lesson 0.2"], chapter.LessonTitles());
        Assert.Equal([0, 1], chapter.Lessons.Positions());
        Assert.Equal((2, 120), (course.LessonCount, course.TotalDurationSeconds));
    }

    [Fact]
    public void FailsWhenLessonIsNotPartOfTheCourse()
    {
        var course = ADraft(1);

        var error = Assert.Throws<DomainException>(() => course.RemoveLesson(Guid.NewGuid()));

        Assert.Equal("COURSE_LESSON_NOT_FOUND", error.Code);
        Assert.Equal(1, course.LessonCount);
    }
}
