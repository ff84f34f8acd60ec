using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Coupons;

public sealed record CouponCreatedEvent(Guid CouponId, CouponKind Kind, long ThresholdFen, long AmountOffFen, int PercentOff, long CapFen)
    : IDomainEvent;

/// <summary>An operator changed a coupon: its discount terms (only before the first claim), stock, limit or policy.</summary>
public sealed record CouponChangedEvent(
    Guid CouponId, CouponKind Kind, long ThresholdFen, long AmountOffFen, int PercentOff, long CapFen, int TotalStock, int PerUserLimit)
    : IDomainEvent;

public sealed record CouponEndedEvent(Guid CouponId) : IDomainEvent;

public sealed record CouponClaimedEvent(Guid UserCouponId, Guid CouponId, Guid UserId, DateTimeOffset ValidUntil) : IDomainEvent;

public sealed record UserCouponLockedEvent(Guid UserCouponId, Guid OrderId) : IDomainEvent;

public sealed record UserCouponUsedEvent(Guid UserCouponId, Guid OrderId) : IDomainEvent;

/// <summary>The coupon went back to its holder: its order closed unpaid, or was refunded in full under a returning policy.</summary>
public sealed record UserCouponReleasedEvent(Guid UserCouponId, Guid OrderId, bool AfterRefund) : IDomainEvent;
