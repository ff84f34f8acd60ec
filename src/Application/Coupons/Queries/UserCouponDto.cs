namespace KnowledgePay.Application.Coupons.Queries;

public sealed record UserCouponDto
{
    public Guid Id { get; init; }

    public Guid CouponId { get; init; }

    public Guid UserId { get; init; }

    public DateTimeOffset ValidFrom { get; init; }

    public DateTimeOffset ValidUntil { get; init; }

    /// <summary>Where the copy stands for its holder; an available copy past its end reads as expired.</summary>
    public UserCouponState State { get; init; }

    public Guid? OrderId { get; init; }

    public DateTimeOffset ClaimedAt { get; init; }

    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>What to send as an order's couponCode to use this copy.</summary>
    public string Code => Id.ToString("N");
}
