using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Domain.Coupons;
using static KnowledgePay.Application.FunctionalTests.Coupons.CouponDefinitions;

namespace KnowledgePay.Application.FunctionalTests.Coupons;

/// <summary>What an order's life does to the coupon it was priced with, in the order's own transaction.</summary>
public abstract class CouponReactionTests(CouponsApp app) : CouponTest(app)
{
    [Fact]
    public async Task ThePlacedOrderLocksTheCopyAndThePaymentUsesIt()
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(TenYuanOff())).Id);
        var order = Guid.CreateVersion7();

        await PlaceAsync(order, copy.Id);
        var locked = await App.CopyAsync(copy.Id);
        await PayAsync(order, copy.Id);

        Assert.Equal((UserCouponStatus.Locked, order), (locked.Status, locked.OrderId));
        var used = await App.CopyAsync(copy.Id);
        Assert.Equal((UserCouponStatus.Used, order), (used.Status, used.OrderId));
        Assert.NotNull(used.UsedAt);
    }

    [Fact]
    public async Task AnOrderClosedUnpaidGivesTheCopyBack()
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(TenYuanOff())).Id);
        var order = Guid.CreateVersion7();
        await PlaceAsync(order, copy.Id);

        await CloseAsync(order, copy.Id);

        var released = await App.CopyAsync(copy.Id);
        Assert.Equal((UserCouponStatus.Available, (Guid?)null), (released.Status, released.OrderId));
        Assert.Equal(copy.Id, (await App.ResolveAsync(App.Buyer.Id, copy.Code)).UserCouponId);
    }

    [Theory]
    [InlineData(true, UserCouponStatus.Available)]
    [InlineData(false, UserCouponStatus.Used)]
    public async Task AFullRefundReturnsTheCopyOnlyWhenTheCouponsPolicySaysSo(bool returnsOnRefund, UserCouponStatus expected)
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(TenYuanOff(returnsOnRefund: returnsOnRefund))).Id);
        var order = Guid.CreateVersion7();
        await PlaceAsync(order, copy.Id);
        await PayAsync(order, copy.Id);

        await RefundAsync(order, copy.Id, fully: true);

        Assert.Equal(expected, (await App.CopyAsync(copy.Id)).Status);
    }

    [Fact]
    public async Task APartialRefundKeepsTheCopyUsed()
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(TenYuanOff(returnsOnRefund: true))).Id);
        var order = Guid.CreateVersion7();
        await PlaceAsync(order, copy.Id);
        await PayAsync(order, copy.Id);

        await RefundAsync(order, copy.Id, fully: false);

        Assert.Equal(UserCouponStatus.Used, (await App.CopyAsync(copy.Id)).Status);
    }

    [Fact]
    public async Task ASecondOrderWithALockedCopyFailsWithInUseAndChangesNothing()
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(TenYuanOff())).Id);
        var first = Guid.CreateVersion7();
        await PlaceAsync(first, copy.Id);

        var code = await ErrorCodeAsync(() => PlaceAsync(Guid.CreateVersion7(), copy.Id));

        Assert.Equal(CouponErrors.InUseCode, code);
        Assert.Equal(first, (await App.CopyAsync(copy.Id)).OrderId);
    }
}

public sealed class CouponReactionTestsOnSqlite() : CouponReactionTests(new CouponsApp(onPostgreSql: false));

public sealed class CouponReactionTestsOnPostgreSql() : CouponReactionTests(new CouponsApp(onPostgreSql: true))
{
    [Fact]
    public async Task TwentyConcurrentOrdersWithOneCopyLockItOnce()
    {
        var copy = await ClaimAsync((await App.AddCouponAsync(TenYuanOff())).Id);
        var orders = Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7()).ToList();

        var outcomes = await Task.WhenAll(orders.Select(order => Task.Run(async () =>
        {
            try
            {
                await PlaceAsync(order, copy.Id);
                return null;
            }
            catch (Exception exception) when (exception is ConflictException or Domain.Common.DomainException)
            {
                return exception;
            }
        })));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.All(outcomes.OfType<Domain.Common.DomainException>(), e => Assert.Equal(CouponErrors.InUseCode, e.Code));
        var locked = await App.CopyAsync(copy.Id);
        Assert.Equal(orders[Array.IndexOf(outcomes, null)], locked.OrderId);
        Assert.Equal(CouponErrors.InUseCode, await ErrorCodeAsync(() => App.ResolveAsync(App.Buyer.Id, copy.Code)));
    }
}
