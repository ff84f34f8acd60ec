using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

/// <summary>An ordered section of a course; changed only through its <see cref="Course"/>.</summary>
public sealed class Chapter : Entity
{
    private readonly List<Lesson> _lessons = [];

    private Chapter()
    {
        Title = string.Empty;
    }

    internal Chapter(Guid courseId, string title, int position)
    {
        CourseId = courseId;
        Title = Text.Required(title, CatalogLimits.TitleLength, CourseErrors.InvalidTitle);
        Position = position;
    }

    public Guid CourseId { get; private set; }

    public string Title { get; private set; }

    public int Position { get; private set; }

    public IReadOnlyCollection<Lesson> Lessons => _lessons.AsReadOnly();

    internal Lesson AddLesson(LessonContent content)
    {
        var lesson = new Lesson(Id, content, _lessons.Count);
        _lessons.Add(lesson);
        return lesson;
    }
}
