namespace KnowledgePay.Domain.Coupons;

/// <summary>
/// Available until an order locks it; locked while that order waits for payment (back to available when it closes unpaid);
/// used once paid (back to available on a full refund when the coupon's policy returns it).
/// </summary>
public enum UserCouponStatus
{
    Available,
    Locked,
    Used,
}
