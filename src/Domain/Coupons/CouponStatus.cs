namespace KnowledgePay.Domain.Coupons;

/// <summary>Active coupons can be claimed and typed; an ended one cannot, but coupons already claimed keep working until they expire.</summary>
public enum CouponStatus
{
    Active,
    Ended,
}
