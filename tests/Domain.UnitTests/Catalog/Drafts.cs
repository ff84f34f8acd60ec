using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

/// <summary>Courses in known states, so each test spells out only what it is about.</summary>
internal static class Drafts
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static Course Course(long priceFen = 9900) =>
        Domain.Catalog.Course.Draft(
            Guid.CreateVersion7(), Guid.CreateVersion7(), "Effective C#", "Fifty ways to better C#.", Money.Fen(priceFen), Now);

    public static Course CourseWithOneLesson()
    {
        var course = Course();
        var chapter = course.AddChapter("Basics");
        course.AddLesson(chapter.Id, Lesson(LessonKind.Video, 600));
        return course;
    }

    public static Course PublishedCourse()
    {
        var course = CourseWithOneLesson();
        course.Publish(Now);
        return course;
    }

    public static LessonContent Lesson(LessonKind kind, int durationSeconds) =>
        new($"{kind} lesson", kind, durationSeconds, IsFreePreview: false);
}
