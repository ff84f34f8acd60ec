using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Moderation;

/// <summary>
/// Content was saved but held for a moderator (or reported often enough to need one). The feature that owns the content
/// raises it; the moderation queue records it. <paramref name="CourseId"/> names the course it belongs to, so that the
/// course's creator may moderate it; null for profile text.
/// </summary>
public sealed record ContentHeldEvent(
    ModeratedContentKind Kind, Guid ContentId, Guid AuthorId, Guid? CourseId, string Text, ModerationHoldReason Reason)
    : IDomainEvent;

/// <summary>A moderator decided: the owning feature shows (<see cref="ModerationStatus.Visible"/>) or hides the content.</summary>
public sealed record ContentModeratedEvent(ModeratedContentKind Kind, Guid ContentId, ModerationStatus Status, Guid ModeratorId)
    : IDomainEvent;
