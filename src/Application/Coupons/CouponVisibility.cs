using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Coupons;

/// <summary>What a reader sees of coupons: codes only for admins, and an available copy past its end as expired.</summary>
internal static class CouponVisibility
{
    public static CouponDto VisibleTo(this CouponDto coupon, ICurrentUser user) =>
        user.IsInRole(Role.Admin) ? coupon : coupon with { Code = null };

    public static Page<CouponDto> VisibleTo(this Page<CouponDto> page, ICurrentUser user) =>
        user.IsInRole(Role.Admin) ? page : page with { Edges = [.. page.Edges.Select(e => e with { Node = e.Node.VisibleTo(user) })] };

    public static UserCouponDto AsOf(this UserCouponDto copy, DateTimeOffset now) =>
        copy.State == UserCouponState.Available && now >= copy.ValidUntil && copy.ValidUntil != default
            ? copy with { State = UserCouponState.Expired }
            : copy;

    public static Page<UserCouponDto> AsOf(this Page<UserCouponDto> page, DateTimeOffset now) =>
        page with { Edges = [.. page.Edges.Select(e => e with { Node = e.Node.AsOf(now) })] };
}
