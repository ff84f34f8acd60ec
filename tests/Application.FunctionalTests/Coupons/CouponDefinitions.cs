using KnowledgePay.Domain.Coupons;

namespace KnowledgePay.Application.FunctionalTests.Coupons;

/// <summary>Coupon definitions for tests: listed, 10.00 off, a stock of 100, one copy per user, 30 days after the claim.</summary>
internal static class CouponDefinitions
{
    public static CouponDefinition TenYuanOff(string? code = null, int stock = 100, int perUser = 1, bool returnsOnRefund = false) =>
        new("10元券", CouponKind.AmountOff, 0, 1000, 0, 0, CouponScope.All, CouponValidity.AfterClaim(30), stock, perUser, code, true, returnsOnRefund);

    public static CouponDefinition Newcomer() =>
        new("新人券", CouponKind.NewcomerAmountOff, 0, 2000, 0, 0, CouponScope.All, CouponValidity.AfterClaim(7), 100, 1, null, true, false);
}
