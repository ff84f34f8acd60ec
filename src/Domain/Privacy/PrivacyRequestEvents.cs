using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Privacy;

public sealed record PrivacyRequestSubmittedEvent(Guid PrivacyRequestId, Guid UserId, PrivacyRequestKind Kind) : IDomainEvent;

public sealed record PrivacyRequestCancelledEvent(Guid PrivacyRequestId, Guid UserId, PrivacyRequestKind Kind) : IDomainEvent;

public sealed record PrivacyRequestCompletedEvent(Guid PrivacyRequestId, Guid UserId, PrivacyRequestKind Kind) : IDomainEvent;
