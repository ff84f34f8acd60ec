using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Queries;

/// <summary>A lesson's outline; its body and media URL are paid content and are not part of the catalogue.</summary>
public sealed record LessonDto
{
    public Guid Id { get; init; }

    public Guid ChapterId { get; init; }

    public string Title { get; init; } = string.Empty;

    public LessonKind Kind { get; init; }

    public int DurationSeconds { get; init; }

    public bool IsFreePreview { get; init; }

    public int Position { get; init; }
}
