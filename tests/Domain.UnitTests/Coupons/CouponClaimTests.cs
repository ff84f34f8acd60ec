using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using static KnowledgePay.Domain.UnitTests.Coupons.Coupons;

namespace KnowledgePay.Domain.UnitTests.Coupons;

public sealed class CouponClaimTests
{
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void AClaimLastsItsDaysAndCountsAgainstTheStock()
    {
        var coupon = Create(AmountOff(1000));

        var copy = coupon.Claim(UserId, 0, Now);

        Assert.Equal((Now, Now.AddDays(30)), (copy.ValidFrom, copy.ValidUntil));
        Assert.Equal((UserCouponStatus.Available, 1, 99), (copy.Status, coupon.ClaimedCount, coupon.RemainingStock));
        Assert.IsType<CouponClaimedEvent>(Assert.Single(copy.DomainEvents()));
    }

    [Fact]
    public void AFixedWindowCopyLastsTheWindow()
    {
        var window = CouponValidity.Window(Now.AddDays(1), Now.AddDays(8));
        var coupon = Create(AmountOff(1000) with { Validity = window });

        var copy = coupon.Claim(UserId, 0, Now);
        var early = Assert.Throws<DomainException>(() => copy.EnsureUsableBy(UserId, Now));

        Assert.Equal((window.From!.Value, window.Until!.Value), (copy.ValidFrom, copy.ValidUntil));
        Assert.Equal(CouponErrors.NotYetValidCode, early.Code);
    }

    [Theory]
    [InlineData(1, 1, 100, CouponErrors.PerUserLimitReachedCode)]
    [InlineData(0, 1, 1, CouponErrors.OutOfStockCode)]
    public void ClaimingFailsAtTheLimitOrWhenTheStockIsGone(int held, int perUser, int stock, string code)
    {
        var coupon = Create(AmountOff(1000) with { PerUserLimit = perUser, TotalStock = stock });
        if (stock == 1)
        {
            coupon.Claim(Guid.CreateVersion7(), 0, Now);
        }

        var error = Assert.Throws<DomainException>(() => coupon.Claim(UserId, held, Now));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void ClaimingFailsOnceEndedOrPastTheWindowAndForAnUnlistedCouponOnRequest()
    {
        var ended = Create(AmountOff(1000));
        ended.End(Now);
        var past = Create(AmountOff(1000) with { Validity = CouponValidity.Window(Now.AddDays(-9), Now.AddDays(-1)) });
        var unlisted = Create(AmountOff(1000) with { IsPublic = false });

        Assert.Equal(CouponErrors.EndedCode, Assert.Throws<DomainException>(() => ended.Claim(UserId, 0, Now)).Code);
        Assert.Equal(CouponErrors.ExpiredCode, Assert.Throws<DomainException>(() => past.Claim(UserId, 0, Now)).Code);
        Assert.Equal(CouponErrors.NotClaimableCode, Assert.Throws<DomainException>(() => unlisted.ClaimOnRequest(UserId, 0, Now)).Code);
        Assert.Equal(UserId, unlisted.Claim(UserId, 0, Now).UserId);
    }

    [Fact]
    public void ACopyIsLockedByOneOrderUsedWhenPaidAndReleasedOnlyByItsOwnOrder()
    {
        var copy = Create(AmountOff(1000)).Claim(UserId, 0, Now);
        var orderId = Guid.CreateVersion7();

        copy.Lock(UserId, orderId, Now);
        var second = Assert.Throws<DomainException>(() => copy.Lock(UserId, Guid.CreateVersion7(), Now));
        copy.Release(Guid.CreateVersion7());
        var stillLocked = copy.Status;
        copy.MarkUsed(orderId, Now);
        var again = Assert.Throws<DomainException>(() => copy.EnsureUsableBy(UserId, Now));

        Assert.Equal(CouponErrors.InUseCode, second.Code);
        Assert.Equal(UserCouponStatus.Locked, stillLocked);
        Assert.Equal((UserCouponStatus.Used, orderId), (copy.Status, copy.OrderId));
        Assert.Equal(CouponErrors.UsedCode, again.Code);
    }

    [Fact]
    public void AForeignOrExpiredCopyCannotBeUsed()
    {
        var copy = Create(AmountOff(1000)).Claim(UserId, 0, Now);

        var foreign = Assert.Throws<DomainException>(() => copy.EnsureUsableBy(Guid.CreateVersion7(), Now));
        var expired = Assert.Throws<DomainException>(() => copy.EnsureUsableBy(UserId, Now.AddDays(30)));

        Assert.Equal(CouponErrors.ForeignCode, foreign.Code);
        Assert.Equal(CouponErrors.ExpiredCode, expired.Code);
    }

    [Fact]
    public void AUsedCopyComesBackAfterARefundAndALockedOneWhenItsOrderCloses()
    {
        var used = Create(AmountOff(1000)).Claim(UserId, 0, Now);
        var locked = Create(AmountOff(1000)).Claim(UserId, 0, Now);
        var paidOrder = Guid.CreateVersion7();
        var closedOrder = Guid.CreateVersion7();
        used.Lock(UserId, paidOrder, Now);
        used.MarkUsed(paidOrder, Now);
        locked.Lock(UserId, closedOrder, Now);

        used.ReturnAfterRefund(paidOrder);
        locked.Release(closedOrder);

        Assert.Equal((UserCouponStatus.Available, (Guid?)null), (used.Status, used.OrderId));
        Assert.Equal(UserCouponStatus.Available, locked.Status);
    }
}
