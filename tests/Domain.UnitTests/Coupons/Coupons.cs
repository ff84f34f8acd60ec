using KnowledgePay.Domain.Coupons;

namespace KnowledgePay.Domain.UnitTests.Coupons;

/// <summary>Coupon definitions with sensible defaults: a stock of 100, one copy per user, 30 days after the claim.</summary>
internal static class Coupons
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static CouponDefinition AmountOffOver(long thresholdFen, long amountOffFen) =>
        Definition(CouponKind.AmountOffOverThreshold, thresholdFen, amountOffFen, 0, 0);

    public static CouponDefinition PercentOff(int percent, long capFen, long thresholdFen = 0) =>
        Definition(CouponKind.PercentOff, thresholdFen, 0, percent, capFen);

    public static CouponDefinition AmountOff(long amountOffFen) => Definition(CouponKind.AmountOff, 0, amountOffFen, 0, 0);

    public static CouponDefinition Newcomer(long amountOffFen) => Definition(CouponKind.NewcomerAmountOff, 0, amountOffFen, 0, 0);

    public static Coupon Create(CouponDefinition definition) => Coupon.Create(definition, Now);

    private static CouponDefinition Definition(CouponKind kind, long thresholdFen, long amountOffFen, int percent, long capFen) =>
        new("Coupon", kind, thresholdFen, amountOffFen, percent, capFen, CouponScope.All, CouponValidity.AfterClaim(30), 100, 1, null, true, false);
}
