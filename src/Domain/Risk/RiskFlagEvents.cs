using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Risk;

public sealed record RiskFlagRaisedEvent(Guid RiskFlagId, RiskRule Rule, Guid? UserId, RiskRestriction Restriction) : IDomainEvent;

public sealed record RiskFlagReviewedEvent(Guid RiskFlagId, Guid? UserId, RiskFlagStatus Status, Guid AdminId, string Note) : IDomainEvent;
