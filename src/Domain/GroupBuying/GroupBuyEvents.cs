using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.GroupBuying;

/// <summary>A paid member of a group: whose order line the group fulfils.</summary>
public sealed record GroupBuyMemberSold(Guid UserId, Guid OrderId, Guid OrderLineId);

/// <summary>
/// The group filled with paid members: each member's order line is fulfilled now, as a purchase of that order (its
/// payment granted nothing).
/// </summary>
public sealed record GroupBuyCompletedEvent(Guid GroupBuyId, Guid DealId, OfferKind Kind, Guid OfferId, IReadOnlyList<GroupBuyMemberSold> Members)
    : IDomainEvent;

/// <summary>
/// A group's time ran out before it filled: the orders in <paramref name="PaidOrderIds"/> are refunded in full, those in
/// <paramref name="UnpaidOrderIds"/> closed. Raised again, naming one paid order, for a payment that arrives after the
/// group failed.
/// </summary>
public sealed record GroupBuyFailedEvent(Guid GroupBuyId, IReadOnlyList<Guid> PaidOrderIds, IReadOnlyList<Guid> UnpaidOrderIds) : IDomainEvent;
