namespace KnowledgePay.Application.Coupons.Queries;

/// <summary>A copy as its holder sees it (未使用 / 使用中 / 已使用 / 已过期).</summary>
public enum UserCouponState
{
    Available,
    Locked,
    Used,
    Expired,
}
