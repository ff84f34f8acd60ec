using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Sharing;

/// <summary>
/// A signed-in learner opened a course through someone else's share (link, card or 小程序码). Raised once per
/// visitor and share; the referral feature binds the sharer as the visitor's referrer by its rules.
/// </summary>
public sealed record SharedLinkOpenedEvent(Guid ShareId, Guid SharerId, Guid VisitorId, Guid CourseId, DateTimeOffset OpenedAt)
    : IDomainEvent;
