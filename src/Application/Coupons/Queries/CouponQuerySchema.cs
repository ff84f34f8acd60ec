using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Coupons;

namespace KnowledgePay.Application.Coupons.Queries;

/// <summary>What coupon lists may be filtered and sorted by: the admins' list, the claimable list and a user's copies.</summary>
public static class CouponQuerySchema
{
    public static FilterSchema<Coupon> ClaimableFilter { get; } = new FilterSchema<Coupon>("ClaimableCoupon")
        .Field("kind", c => c.Kind, FilterValueKind.Enum, "满减, 折扣, 无门槛 or 新人券.");

    public static FilterSchema<Coupon> Filter { get; } = new FilterSchema<Coupon>("Coupon")
        .Field("kind", c => c.Kind, FilterValueKind.Enum, "满减, 折扣, 无门槛 or 新人券.")
        .Field("status", c => c.Status, FilterValueKind.Enum, "Active or ended.")
        .Field("isPublic", c => c.IsPublic, FilterValueKind.Boolean, "Listed among the claimable coupons.")
        .Field("createdAt", c => c.CreatedAt, FilterValueKind.DateTime);

    public static SortSchema<Coupon> Sort { get; } = new SortSchema<Coupon>("Coupon")
        .Field("createdAt", c => c.CreatedAt, "Newest first with DESC.")
        .Field("amountOff", c => c.AmountOffFen);

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];

    public static FilterSchema<UserCoupon> MyFilter { get; } = new FilterSchema<UserCoupon>("MyCoupon")
        .Field("couponId", u => u.CouponId, FilterValueKind.Id, "Copies of this coupon.");

    public static SortSchema<UserCoupon> MySort { get; } = new SortSchema<UserCoupon>("MyCoupon")
        .Field("claimedAt", u => u.ClaimedAt, "Newest first with DESC.")
        .Field("validUntil", u => u.ValidUntil, "Soonest to expire first with ASC.");

    public static IReadOnlyList<SortField> MyDefaultOrder { get; } = [new("claimedAt", SortDirection.Descending)];
}
