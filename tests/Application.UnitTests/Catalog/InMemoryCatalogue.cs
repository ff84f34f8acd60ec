using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Application.UnitTests.Catalog;

/// <summary>Four published courses built through the domain, for evaluating filters and sorts with LINQ to objects.</summary>
internal sealed class InMemoryCatalogue
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public InMemoryCatalogue()
    {
        Go = Published("Go 入门", "从零开始学 Go", 0, Programming, [Beginner], LessonKind.Video, days: 1);
        Rust = Published("Rust in Action", "Systems programming", 4900, Languages, [Beginner, Backend], LessonKind.Article, days: 2);
        Python = Published("Python 数据分析", "pandas and numpy", 9900, Programming, [Backend], LessonKind.Audio, days: 3);
        GraphQL = Published("GraphQL 实战", "Schemas and resolvers", 19900, Languages, [], LessonKind.Live, days: 4);
        Python.RecordRating(5);
        Rust.RecordRating(3);
        Courses = [Go, Rust, Python, GraphQL];
    }

    public Guid Programming { get; } = Guid.CreateVersion7();

    public Guid Languages { get; } = Guid.CreateVersion7();

    public Guid Beginner { get; } = Guid.CreateVersion7();

    public Guid Backend { get; } = Guid.CreateVersion7();

    public Course Go { get; }

    public Course Rust { get; }

    public Course Python { get; }

    public Course GraphQL { get; }

    public IReadOnlyList<Course> Courses { get; }

    private static Course Published(
        string title, string summary, long priceFen, Guid categoryId, Guid[] tagIds, LessonKind kind, int days)
    {
        var course = Course.Draft(Guid.CreateVersion7(), categoryId, title, summary, Money.Fen(priceFen), Now);
        var chapter = course.AddChapter("第一章");
        course.AddLesson(chapter.Id, new LessonContent("Lesson", kind, 300, IsFreePreview: false));
        foreach (var tagId in tagIds)
        {
            course.TagWith(tagId);
        }

        course.Publish(Now.AddDays(days));
        return course;
    }
}
