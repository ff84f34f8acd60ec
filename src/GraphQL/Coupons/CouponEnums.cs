using GraphQL.Types;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Coupons;

namespace KnowledgePay.GraphQL.Coupons;

internal sealed class CouponKindGraphType : EnumerationGraphType<CouponKind>
{
    public CouponKindGraphType()
    {
        Name = "CouponKind";
        Description = "满减 (amount off over a threshold), 折扣 (percent off, capped), 无门槛 (amount off) or 新人券 (first paid order only).";
    }
}

internal sealed class CouponScopeKindGraphType : EnumerationGraphType<CouponScopeKind>
{
    public CouponScopeKindGraphType()
    {
        Name = "CouponScopeKind";
        Description = "Which lines a coupon covers: all, or those of the listed categories, courses or offer kinds.";
    }
}

internal sealed class CouponStatusGraphType : EnumerationGraphType<CouponStatus>
{
    public CouponStatusGraphType()
    {
        Name = "CouponStatus";
        Description = "Active coupons can be claimed; ended ones cannot, but claimed copies keep working until they expire.";
    }
}

internal sealed class UserCouponStateGraphType : EnumerationGraphType<UserCouponState>
{
    public UserCouponStateGraphType()
    {
        Name = "UserCouponState";
        Description = "A claimed coupon: available (未使用), locked by an unpaid order (使用中), used (已使用) or expired (已过期).";
    }
}
