using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Coupons;

/// <summary>
/// A user's copy of a <see cref="Coupon"/>, usable from <see cref="ValidFrom"/> until <see cref="ValidUntil"/>. An order
/// locks it when placed, uses it when paid, and gives it back when it closes unpaid (or on a full refund, as the coupon's
/// policy says). Every change bumps <see cref="Version"/>, the concurrency token: of many orders racing for one copy, one
/// save wins and the others fail as conflicts.
/// </summary>
public sealed class UserCoupon : Entity
{
    private UserCoupon()
    {
    }

    public Guid CouponId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset ValidUntil { get; private set; }

    public UserCouponStatus Status { get; private set; }

    /// <summary>The order that holds or used it; null while available.</summary>
    public Guid? OrderId { get; private set; }

    public DateTimeOffset ClaimedAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsExpired(DateTimeOffset now) => now >= ValidUntil;

    internal static UserCoupon Claimed(Guid couponId, Guid userId, DateTimeOffset from, DateTimeOffset until, DateTimeOffset now)
    {
        var claimed = new UserCoupon
        {
            CouponId = couponId,
            UserId = userId,
            ValidFrom = from,
            ValidUntil = until,
            Status = UserCouponStatus.Available,
            ClaimedAt = now,
        };
        claimed.Raise(new CouponClaimedEvent(claimed.Id, couponId, userId, until));
        return claimed;
    }

    /// <summary>Whether <paramref name="userId"/> may put it on an order now; a typed error says why not.</summary>
    public void EnsureUsableBy(Guid userId, DateTimeOffset now)
    {
        if (UserId != userId)
        {
            throw CouponErrors.Foreign();
        }

        switch (Status)
        {
            case UserCouponStatus.Used:
                throw CouponErrors.Used();
            case UserCouponStatus.Locked:
                throw CouponErrors.InUse();
        }

        if (now < ValidFrom)
        {
            throw CouponErrors.NotYetValid(ValidFrom);
        }

        if (IsExpired(now))
        {
            throw CouponErrors.Expired(ValidUntil);
        }
    }

    /// <summary>An order of its holder was placed with it; throws when it is not usable any more (another order won it).</summary>
    public void Lock(Guid userId, Guid orderId, DateTimeOffset now)
    {
        EnsureUsableBy(userId, now);
        Status = UserCouponStatus.Locked;
        OrderId = orderId;
        Version++;
        Raise(new UserCouponLockedEvent(Id, orderId));
    }

    /// <summary>The locking order was paid. Never throws: a payment is recorded whatever a coupon says.</summary>
    public void MarkUsed(Guid orderId, DateTimeOffset now)
    {
        if (Status != UserCouponStatus.Locked || OrderId != orderId)
        {
            return;
        }

        Status = UserCouponStatus.Used;
        UsedAt = now;
        Version++;
        Raise(new UserCouponUsedEvent(Id, orderId));
    }

    /// <summary>The locking order closed unpaid: available again (an expired copy stays expired).</summary>
    public void Release(Guid orderId) => GiveBack(UserCouponStatus.Locked, orderId, afterRefund: false);

    /// <summary>The order that used it was refunded in full under a policy that returns coupons.</summary>
    public void ReturnAfterRefund(Guid orderId) => GiveBack(UserCouponStatus.Used, orderId, afterRefund: true);

    private void GiveBack(UserCouponStatus expected, Guid orderId, bool afterRefund)
    {
        if (Status != expected || OrderId != orderId)
        {
            return;
        }

        Status = UserCouponStatus.Available;
        OrderId = null;
        UsedAt = null;
        Version++;
        Raise(new UserCouponReleasedEvent(Id, orderId, afterRefund));
    }
}
