using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

/// <summary>Courses with sensible defaults: a draft with the given chapters of 60-second lessons, events cleared.</summary>
internal static class CourseBuilder
{
    public static readonly DateTimeOffset Now = new(2025, 7, 1, 8, 0, 0, TimeSpan.Zero);

    public static Course ADraft(params int[] lessonsPerChapter)
    {
        var course = Course.Draft(Guid.NewGuid(), Guid.NewGuid(), "Course", "Summary", Money.Fen(4900), Now);
        for (var c = 0; c < lessonsPerChapter.Length; c++)
        {
            var chapter = course.AddChapter($"Chapter {c}");
            for (var l = 0; l < lessonsPerChapter[c]; l++)
            {
                course.AddLesson(chapter.Id, ALesson($"Lesson {c}.{l}"));
            }
        }

        course.ClearDomainEvents();
        return course;
    }

    public static LessonContent ALesson(string title, int seconds = 60) => new(title, LessonKind.Video, seconds, false);

    public static Chapter ChapterAt(this Course course, int position) => course.Chapters.Single(c => c.Position == position);

    public static IReadOnlyList<string> LessonTitles(this Chapter chapter) =>
        [.. chapter.Lessons.OrderBy(l => l.Position).Select(l => l.Title)];

    public static IReadOnlyList<int> Positions(this IEnumerable<Chapter> chapters) => [.. chapters.Select(c => c.Position).Order()];

    public static IReadOnlyList<int> Positions(this IEnumerable<Lesson> lessons) => [.. lessons.Select(l => l.Position).Order()];
}
