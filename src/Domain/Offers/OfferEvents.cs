using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Offers;

public sealed record OfferCreatedEvent(Guid OfferId, OfferKind Kind, long ListFen) : IDomainEvent;

public sealed record OfferPriceChangedEvent(Guid OfferId, long OldFen, long NewFen) : IDomainEvent;

public sealed record OfferCourseAddedEvent(Guid OfferId, OfferKind Kind, Guid CourseId, bool IsSeries) : IDomainEvent;

public sealed record OfferCourseRemovedEvent(Guid OfferId, OfferKind Kind, Guid CourseId) : IDomainEvent;

public sealed record OfferGuardrailsChangedEvent(
    Guid OfferId, long FloorFen, int MaxDiscountPercent, bool SalePriceStacksWithMemberPrice) : IDomainEvent;

public sealed record OfferPutOnSaleEvent(Guid OfferId) : IDomainEvent;

public sealed record OfferWithdrawnEvent(Guid OfferId) : IDomainEvent;
