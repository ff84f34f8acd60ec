namespace KnowledgePay.Domain.Coupons;

/// <summary>Everything an operator sets on a coupon; <see cref="Coupon.Create"/> and <see cref="Coupon.Redefine"/> check it.</summary>
/// <param name="Code">A code users may type (normalised to upper case); null for coupons only claimed or issued.</param>
/// <param name="IsPublic">Listed among the claimable coupons and claimable by id; otherwise only issued or typed.</param>
/// <param name="ReturnsOnRefund">The operator's policy: a fully refunded order gives the coupon back to its holder.</param>
public sealed record CouponDefinition(
    string Title,
    CouponKind Kind,
    long ThresholdFen,
    long AmountOffFen,
    int PercentOff,
    long CapFen,
    CouponScope Scope,
    CouponValidity Validity,
    int TotalStock,
    int PerUserLimit,
    string? Code,
    bool IsPublic,
    bool ReturnsOnRefund);
