using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Coupons.Commands.ClaimCoupon;
using KnowledgePay.Application.Coupons.Commands.IssueCoupon;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.Application.FunctionalTests.Coupons.CouponDefinitions;

namespace KnowledgePay.Application.FunctionalTests.Coupons;

/// <summary>claimCoupon and issueCoupon: the stock and the per-user limit hold, also under concurrent claims on PostgreSQL.</summary>
public abstract class CouponClaimTests(CouponsApp app) : CouponTest(app)
{
    [Fact]
    public async Task AnUnlistedCouponIsClaimedByItsCodeButNotByItsId()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff("SECRET-1") with { IsPublic = false });
        App.SignInAsBuyer();

        var byId = await ErrorCodeAsync(() => App.SendAsync<UserCouponDto>(new ClaimCouponCommand(coupon.Id, null)));
        var byCode = await App.SendAsync<UserCouponDto>(new ClaimCouponCommand(null, "secret-1"));

        Assert.Equal(CouponErrors.NotClaimableCode, byId);
        Assert.Equal((coupon.Id, UserCouponState.Available), (byCode.CouponId, byCode.State));
    }

    [Fact]
    public async Task ANewcomerCouponCannotBeClaimedAfterAPaidOrder()
    {
        var coupon = await App.AddCouponAsync(Newcomer());
        App.SignInAsBuyer();
        await App.PayAsync(await App.CreateOrderAsync());

        Assert.Equal(CouponErrors.NewcomerOnlyCode, await ErrorCodeAsync(() => ClaimAsync(coupon.Id)));
    }

    [Fact]
    public async Task IssuingSkipsUsersAtTheLimitAndStopsAtTheStock()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff(stock: 3) with { IsPublic = false });
        var users = await App.AddUsersAsync(3);
        App.SignInAsAdmin();
        await App.SendAsync<IssueCouponResult>(new IssueCouponCommand(coupon.Id, [users[0]]));

        var result = await App.SendAsync<IssueCouponResult>(new IssueCouponCommand(coupon.Id, [.. users, App.Buyer.Id, Guid.CreateVersion7()]));

        Assert.Equal((2, 1, 1, 1), (result.Issued, result.SkippedAtLimit, result.SkippedOutOfStock, result.UnknownUsers));
        Assert.Equal(3, await App.WithDbAsync(db => db.UserCoupons.CountAsync()));
    }

    [Fact]
    public async Task OnlyAdminsIssue()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff());
        App.SignInAsBuyer();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync<IssueCouponResult>(new IssueCouponCommand(coupon.Id, [App.Buyer.Id])));
    }
}

public sealed class CouponClaimTestsOnSqlite() : CouponClaimTests(new CouponsApp(onPostgreSql: false));

public sealed class CouponClaimTestsOnPostgreSql() : CouponClaimTests(new CouponsApp(onPostgreSql: true))
{
    [Fact]
    public async Task TwentyUsersRacingForFiveCopiesGetFive()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff(stock: 5));
        var users = await App.AddUsersAsync(20);

        var outcomes = await Task.WhenAll(users.Select(user => Task.Run(() => App.AsUserAsync(user, () => ClaimOrFailAsync(coupon.Id)))));

        Assert.Equal(5, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<DomainException>(), e => Assert.Equal(CouponErrors.OutOfStockCode, e.Code));
        Assert.Equal(5, await App.WithDbAsync(db => db.UserCoupons.CountAsync()));
        Assert.Equal(5, await App.WithDbAsync(db => db.Coupons.Select(c => c.ClaimedCount).SingleAsync()));
    }

    [Fact]
    public async Task OneUserRacingTenClaimsGetsThePerUserLimit()
    {
        var coupon = await App.AddCouponAsync(TenYuanOff(perUser: 2));
        var user = (await App.AddUsersAsync(1))[0];

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => App.AsUserAsync(user, () => ClaimOrFailAsync(coupon.Id)))));

        Assert.Equal(2, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<DomainException>(), e => Assert.Equal(CouponErrors.PerUserLimitReachedCode, e.Code));
        Assert.Equal(2, await App.WithDbAsync(db => db.UserCoupons.CountAsync(u => u.UserId == user)));
    }

    /// <summary>Null when claimed; the typed error or, after every retry lost its race, the conflict.</summary>
    private async Task<Exception?> ClaimOrFailAsync(Guid couponId)
    {
        try
        {
            await App.SendAsync<UserCouponDto>(new ClaimCouponCommand(couponId, null));
            return null;
        }
        catch (Exception exception) when (exception is DomainException or ConflictException)
        {
            return exception;
        }
    }
}
