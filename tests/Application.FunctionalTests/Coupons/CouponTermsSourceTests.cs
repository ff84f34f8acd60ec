using KnowledgePay.Application.Coupons.Commands.ClaimCoupon;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Coupons;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.Application.FunctionalTests.Coupons.CouponDefinitions;

namespace KnowledgePay.Application.FunctionalTests.Coupons;

/// <summary>ICouponTermsSource: what a typed coupon code is worth to a buyer, or the typed error saying why nothing.</summary>
public abstract class CouponTermsSourceTests(CouponsApp app) : CouponTest(app)
{
    [Fact]
    public async Task ResolvesTheBuyersOwnCopyByItsCode()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff());
        var copy = await ClaimAsync(coupon.Id);

        var terms = await App.ResolveAsync(App.Buyer.Id, copy.Code);

        Assert.Equal((copy.Id, CouponKind.AmountOff, 1000L), (terms.UserCouponId, terms.Kind, terms.AmountOffFen));
    }

    [Fact]
    public async Task APublicCodeUsesTheBuyersAvailableCopy()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff("WELCOME10", perUser: 2));
        var copy = await ClaimAsync(coupon.Id);

        var terms = await App.ResolveAsync(App.Buyer.Id, "welcome10");

        Assert.Equal(copy.Id, terms.UserCouponId);
    }

    [Fact]
    public async Task APublicCodeWithoutACopyClaimsNothingUntilTheOrderIsSaved()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff("WELCOME10"));

        var terms = await App.ResolveAsync(App.Buyer.Id, "WELCOME10");

        Assert.Equal(1000, terms.AmountOffFen);
        Assert.Equal(0, await App.WithDbAsync(db => db.UserCoupons.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Coupons.Where(c => c.Id == coupon.Id).Select(c => c.ClaimedCount).SingleAsync()));
    }

    [Fact]
    public async Task FailsForAnUnknownCode()
    {
        await App.AddCouponAsync(TenYuanOff("WELCOME10"));

        Assert.Equal(CouponErrors.UnknownCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, "NOPE-2026")));
        Assert.Equal(CouponErrors.UnknownCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, Guid.NewGuid().ToString("N"))));
    }

    [Fact]
    public async Task FailsForSomeoneElsesCopy()
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(TenYuanOff())).Id);

        Assert.Equal(CouponErrors.ForeignCode, await ErrorCodeAsync(() => App.ResolveAsync(App.OtherBuyer.Id, copy.Code)));
    }

    [Fact]
    public async Task FailsForAnExpiredCopy()
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(TenYuanOff())).Id);
        App.Clock.Advance(TimeSpan.FromDays(31));

        Assert.Equal(CouponErrors.ExpiredCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, copy.Code)));
    }

    [Fact]
    public async Task FailsForAUsedCopyAndForACopyAnotherOrderHolds()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff(perUser: 2));
        var used = await ClaimAsync(coupon.Id);
        var held = await ClaimAsync(coupon.Id);
        var paidOrder = Guid.CreateVersion7();
        await PlaceAsync(paidOrder, used.Id);
        await PayAsync(paidOrder, used.Id);
        await PlaceAsync(Guid.CreateVersion7(), held.Id);

        Assert.Equal(CouponErrors.UsedCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, used.Code)));
        Assert.Equal(CouponErrors.InUseCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, held.Code)));
    }

    [Fact]
    public async Task FailsForAUsedUpPublicCode()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff("LAST-ONE", stock: 1));
        App.SignInAsOtherBuyer();
        await App.SendAsync<UserCouponDto>(new ClaimCouponCommand(coupon.Id, null));

        Assert.Equal(CouponErrors.OutOfStockCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, "LAST-ONE")));
    }

    [Fact]
    public async Task FailsForAPublicCodeTheBuyerHasUsedUpTheirShareOf()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff("ONCE-ONLY"));
        var copy = await ClaimAsync(coupon.Id);
        var order = Guid.CreateVersion7();
        await PlaceAsync(order, copy.Id);
        await PayAsync(order, copy.Id);

        Assert.Equal(CouponErrors.UsedCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, "ONCE-ONLY")));
    }

    [Fact]
    public async Task ANewcomerCouponIsRefusedOnceTheBuyerHasPaidForAnOrder()
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(Newcomer())).Id);
        var beforePaying = await App.ResolveAsync(App.Buyer.Id, copy.Code);
        App.SignInAsBuyer();
        await App.PayAsync(await App.CreateOrderAsync());

        Assert.Equal(CouponKind.NewcomerAmountOff, beforePaying.Kind);
        Assert.Equal(CouponErrors.NewcomerOnlyCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, copy.Code)));
    }
}

public sealed class CouponTermsSourceTestsOnSqlite() : CouponTermsSourceTests(new CouponsApp(onPostgreSql: false));

public sealed class CouponTermsSourceTestsOnPostgreSql() : CouponTermsSourceTests(new CouponsApp(onPostgreSql: true));
