using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Comments.Queries;

/// <summary>A comment or reply as a reader sees it; <see cref="Status"/> is other than Visible only for its author.</summary>
public sealed record LessonCommentDto
{
    public Guid Id { get; init; }

    public Guid LessonId { get; init; }

    public Guid? ParentId { get; init; }

    public Guid AuthorId { get; init; }

    public string Text { get; init; } = string.Empty;

    public ModerationStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
