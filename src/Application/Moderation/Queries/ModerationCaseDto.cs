using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Moderation.Queries;

/// <summary>A case of the moderation queue as a moderator sees it.</summary>
public sealed record ModerationCaseDto
{
    public Guid Id { get; init; }

    public ModeratedContentKind Kind { get; init; }

    public Guid ContentId { get; init; }

    public Guid AuthorId { get; init; }

    public Guid? CourseId { get; init; }

    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<ModerationHoldReason> Reasons { get; init; } = [];

    public int ReportCount { get; init; }

    public ModerationCaseStatus Status { get; init; }

    public ModerationDecision? Decision { get; init; }

    public Guid? ModeratorId { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}
