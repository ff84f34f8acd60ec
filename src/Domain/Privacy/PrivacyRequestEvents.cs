using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Privacy;

public sealed record PrivacyRequestSubmittedEvent(Guid PrivacyRequestId, Guid UserId, PrivacyRequestKind Kind) : IDomainEvent;

public sealed record PrivacyRequestCancelledEvent(Guid PrivacyRequestId, Guid UserId, PrivacyRequestKind Kind) : IDomainEvent;

public sealed record PrivacyRequestCompletedEvent(Guid PrivacyRequestId, Guid UserId, PrivacyRequestKind Kind) : IDomainEvent;

/// <summary>
/// The account's erasure is being done, in this transaction: every feature that holds personal data about
/// <see cref="UserId"/> erases or anonymises it in an in-transaction handler, so the erasure commits whole or not at all.
/// </summary>
public sealed record AccountErasedEvent(Guid PrivacyRequestId, Guid UserId) : IDomainEvent;

/// <summary>The user's data export (its id is the request's) is stored and may be downloaded until <see cref="ExpiresAt"/>.</summary>
public sealed record DataExportReadyEvent(Guid PrivacyRequestId, Guid UserId, DateTimeOffset ExpiresAt) : IDomainEvent;

public sealed record DataExportDownloadedEvent(Guid PrivacyRequestId, Guid UserId) : IDomainEvent;
