using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Sales;

/// <summary>A sale price was set: the audit log's record of who lowered which offer's price, to what, and when.</summary>
public sealed record SaleScheduledEvent(
    Guid SaleId, OfferKind OfferKind, Guid OfferId, SaleKind Kind, long ListFen, long PriceFen, DateTimeOffset StartsAt,
    DateTimeOffset EndsAt, int? Stock, int? PerUserLimit, Guid? SetByUserId) : IDomainEvent;

public sealed record SaleChangedEvent(
    Guid SaleId, long OldPriceFen, long NewPriceFen, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int? Stock, int? PerUserLimit,
    Guid? ChangedByUserId) : IDomainEvent;

public sealed record SaleEndedEarlyEvent(Guid SaleId, DateTimeOffset EndedAt, Guid? EndedByUserId) : IDomainEvent;
