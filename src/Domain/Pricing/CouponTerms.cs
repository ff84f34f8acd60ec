using KnowledgePay.Domain.Coupons;

namespace KnowledgePay.Domain.Pricing;

/// <summary>
/// A coupon the buyer holds and may use on this cart (ownership, validity window and newcomer status already checked
/// by the coupon feature). <see cref="UserCouponId"/> is the claimed coupon the order will lock.
/// </summary>
public sealed record CouponTerms(
    Guid UserCouponId, string Title, CouponKind Kind, long ThresholdFen, long AmountOffFen, int PercentOff, long CapFen, CouponScope Scope)
{
    /// <summary>The discount on an eligible subtotal; 0 when it does not reach the threshold. Never more than the subtotal.</summary>
    public long DiscountOn(long eligibleFen)
    {
        if (eligibleFen <= 0 || eligibleFen < ThresholdFen)
        {
            return 0;
        }

        var discount = Kind == CouponKind.PercentOff
            ? Math.Min(eligibleFen * PercentOff / 100, CapFen > 0 ? CapFen : long.MaxValue)
            : AmountOffFen;
        return Math.Min(discount, eligibleFen);
    }
}
