using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Agreements;

public sealed record AgreementVersionPublishedEvent(
    Guid AgreementVersionId, AgreementKind Kind, string VersionLabel, DateTimeOffset EffectiveAt, bool RequiresReacceptance) : IDomainEvent;

public sealed record AgreementAcceptedEvent(Guid AcceptanceId, Guid UserId, Guid AgreementVersionId, AgreementKind Kind) : IDomainEvent;
