using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Orders;

/// <summary>What an order line sold, as its events carry it: enough for a reaction to act without reading the order.</summary>
/// <param name="SaleId">The limited-time price or flash sale the line was priced at, whose stock it holds.</param>
/// <param name="IsGift">Bought for someone else: the buyer gets a gift to pass on, not access.</param>
/// <param name="GroupBuyId">Bought in a group (拼团): fulfilled when the group fills, not at payment.</param>
public sealed record OrderLineSold(Guid LineId, OfferKind Kind, Guid OfferId, long AmountFen, Guid? SaleId, bool IsGift, Guid? GroupBuyId = null);

/// <param name="UserCouponId">The buyer's coupon the order locked; it returns when the order closes unpaid.</param>
public sealed record OrderPlacedEvent(Guid OrderId, Guid UserId, long AmountFen, IReadOnlyList<OrderLineSold> Lines, Guid? UserCouponId)
    : IDomainEvent;

/// <param name="Channel">How the money came in: the balance reaction spends the wallet in this transaction, the books post it.</param>
public sealed record OrderPaidEvent(
    Guid OrderId, Guid UserId, long AmountFen, IReadOnlyList<OrderLineSold> Lines, Guid? UserCouponId, PaymentChannel Channel)
    : IDomainEvent;

/// <summary>Closed unpaid: what the order held (coupon, sale stock) goes back.</summary>
public sealed record OrderClosedEvent(Guid OrderId, Guid UserId, OrderCloseReason Reason, IReadOnlyList<OrderLineSold> Lines, Guid? UserCouponId)
    : IDomainEvent;

public sealed record OrderFlaggedForReviewEvent(Guid OrderId, OrderReviewReason Reason) : IDomainEvent;

/// <summary>One refund paid out, split over the lines it refunds, back through <paramref name="Channel"/> (the method that paid).</summary>
public sealed record OrderRefundedEvent(
    Guid OrderId,
    Guid UserId,
    Guid RefundId,
    long AmountFen,
    bool IsFullyRefunded,
    IReadOnlyList<LineRefunded> Lines,
    Guid? UserCouponId,
    PaymentChannel Channel)
    : IDomainEvent;

/// <summary>
/// A refund was asked for and is about to go to the provider: what it takes back must be held now (a top-up's paid
/// balance), before the provider pays anything out. <see cref="OrderRefundFailedEvent"/> releases it.
/// </summary>
public sealed record OrderRefundRequestedEvent(
    Guid OrderId, Guid UserId, Guid RefundId, long AmountFen, IReadOnlyList<LineRefunded> Lines, PaymentChannel Channel)
    : IDomainEvent;

/// <summary>The provider refused or closed the refund for good: what <see cref="OrderRefundRequestedEvent"/> held goes back.</summary>
public sealed record OrderRefundFailedEvent(
    Guid OrderId, Guid UserId, Guid RefundId, long AmountFen, IReadOnlyList<LineRefunded> Lines, PaymentChannel Channel)
    : IDomainEvent;

/// <summary>The buyer chose another payment method for a pending order.</summary>
public sealed record OrderPaymentMethodChangedEvent(Guid OrderId, PaymentChannel From, PaymentChannel To) : IDomainEvent;

/// <param name="IsFullyRefunded">The line's whole amount is back: what it granted is withdrawn.</param>
public sealed record LineRefunded(Guid LineId, OfferKind Kind, Guid OfferId, long AmountFen, bool IsFullyRefunded, bool IsGift);

/// <summary>An authentic payment notification named an order number we never issued.</summary>
public sealed record UnknownPaymentReportedEvent(Guid ReportId, string Source, string OutTradeNo, DateTimeOffset ReceivedAt) : IDomainEvent;
