namespace KnowledgePay.Application.Catalog.Queries;

public sealed record ChapterDto
{
    public Guid Id { get; init; }

    public Guid CourseId { get; init; }

    public string Title { get; init; } = string.Empty;

    public int Position { get; init; }

    public IReadOnlyList<LessonDto> Lessons { get; init; } = [];
}
