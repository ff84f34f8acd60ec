using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// A 满减, a 折扣 on the first category, a 新人券 (all listed in claimableCoupons) and WELCOME10, a code to type at
/// checkout. Each lasts a number of days after its claim, so the demo never runs out of time.
/// </summary>
internal static class DemoCoupons
{
    public const string WelcomeCode = "WELCOME10";

    public static IReadOnlyList<Coupon> Build(DemoCatalog catalog, DateTimeOffset now)
    {
        var month = CouponValidity.AfterClaim(30);
        Coupon[] coupons =
        [
            Coupon.Create(
                new("满199减30", CouponKind.AmountOffOverThreshold, 19900, 3000, 0, 0, CouponScope.All, month, 1000, 1, null, true, false),
                now),
            Coupon.Create(
                new(
                    $"{catalog.Categories[0].Name} 8折券", CouponKind.PercentOff, 0, 0, 20, 5000,
                    new CouponScope(CouponScopeKind.Categories, [catalog.Categories[0].Id], [], []), month, 1000, 2, null, true, true),
                now),
            Coupon.Create(
                new("新人立减20元", CouponKind.NewcomerAmountOff, 0, 2000, 0, 0, CouponScope.All, CouponValidity.AfterClaim(7), 10000, 1, null, true, true),
                now),
            Coupon.Create(
                new(
                    "欢迎礼 10元", CouponKind.AmountOff, 0, 1000, 0, 0,
                    new CouponScope(CouponScopeKind.OfferKinds, [], [], [OfferKind.Course, OfferKind.Bundle]), month, 10000, 1, WelcomeCode,
                    false, false),
                now),
        ];

        // Demo data is not a change anyone made, so it leaves no audit trail.
        foreach (var coupon in coupons)
        {
            coupon.ClearDomainEvents();
        }

        return coupons;
    }
}
