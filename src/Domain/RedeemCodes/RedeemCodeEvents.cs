using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.RedeemCodes;

/// <summary>An admin minted a batch of codes that each hand out an offer: recorded in the audit log.</summary>
public sealed record RedeemCodeBatchGeneratedEvent(Guid BatchId, OfferKind Kind, Guid OfferId, int Count, DateTimeOffset ExpiresAt, string Label)
    : IDomainEvent;
