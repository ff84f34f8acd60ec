using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

/// <summary>An ordered section of a course; changed only through its <see cref="Course"/>.</summary>
public sealed class Chapter : Entity, IPositioned
{
    private readonly List<Lesson> _lessons = [];

    private Chapter()
    {
        Title = string.Empty;
    }

    internal Chapter(Guid courseId, string title, int position)
    {
        CourseId = courseId;
        Title = ValidTitle(title);
        Position = position;
    }

    public Guid CourseId { get; private set; }

    public string Title { get; private set; }

    public int Position { get; private set; }

    public IReadOnlyCollection<Lesson> Lessons => _lessons.AsReadOnly();

    void IPositioned.PlaceAt(int position) => Position = position;

    internal Lesson AddLesson(LessonContent content)
    {
        var lesson = new Lesson(Id, content, _lessons.Count);
        _lessons.Add(lesson);
        return lesson;
    }

    internal void Rename(string title) => Title = ValidTitle(title);

    internal void Insert(Lesson lesson, int position)
    {
        Positions.Insert(_lessons, lesson, position);
        lesson.MoveInto(Id);
        _lessons.Add(lesson);
    }

    internal void Remove(Lesson lesson)
    {
        _lessons.Remove(lesson);
        Positions.Close(_lessons);
    }

    private static string ValidTitle(string title) => Text.Required(title, CatalogLimits.TitleLength, CourseErrors.InvalidTitle);
}
