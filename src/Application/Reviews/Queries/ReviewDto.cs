using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Reviews.Queries;

/// <summary>A review as the caller may see it: others see only visible reviews and replies, the author also their own held ones.</summary>
public sealed record ReviewDto
{
    public Guid Id { get; init; }

    public Guid CourseId { get; init; }

    public Guid UserId { get; init; }

    public int Stars { get; init; }

    public string? Text { get; init; }

    public ModerationStatus Status { get; init; }

    public int HelpfulCount { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EditedAt { get; init; }

    public ReviewReplyDto? Reply { get; init; }

    /// <summary>Whether the caller wrote it; set for the caller, not read from the table.</summary>
    public bool IsMine { get; init; }
}

public sealed record ReviewReplyDto
{
    public Guid Id { get; init; }

    public Guid AuthorId { get; init; }

    public string Text { get; init; } = string.Empty;

    public ModerationStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EditedAt { get; init; }
}
