using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.Reviews;

/// <summary>A learner reviewed a course; the rating counts in the course's summary only while <paramref name="Status"/> is Visible.</summary>
public sealed record ReviewSubmittedEvent(Guid ReviewId, Guid CourseId, Guid UserId, int Stars, ModerationStatus Status, DateTimeOffset SubmittedAt)
    : IDomainEvent;

/// <summary>The author edited their review: stars and visibility before and after.</summary>
public sealed record ReviewEditedEvent(
    Guid ReviewId, Guid CourseId, Guid UserId, int OldStars, int NewStars, ModerationStatus OldStatus, ModerationStatus NewStatus)
    : IDomainEvent;

/// <summary>A moderator showed, held or hid the review.</summary>
public sealed record ReviewVisibilityChangedEvent(
    Guid ReviewId, Guid CourseId, int Stars, ModerationStatus OldStatus, ModerationStatus NewStatus)
    : IDomainEvent;
