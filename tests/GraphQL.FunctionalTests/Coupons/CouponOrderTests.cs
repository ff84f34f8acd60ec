using KnowledgePay.Domain.Coupons;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Pricing;

namespace KnowledgePay.GraphQL.FunctionalTests.Coupons;

/// <summary>A coupon copy in orders over HTTP: used by one order at most, even when many race; back when its order closes unpaid.</summary>
public abstract class CouponOrderTests(KnowledgePayApp app) : CartTest(app)
{
    private static readonly CouponDefinition TenYuanOff =
        new("10元券", CouponKind.AmountOff, 0, 1000, 0, 0, CouponScope.All, CouponValidity.AfterClaim(30), 100, 1, null, true, false);

    [Fact]
    public async Task TwentyConcurrentOrdersWithOneCopyPlaceOneOrder()
    {
        var courses = await AddCoursesPricedAsync([.. Enumerable.Repeat(4900L, 20)]);
        var coupon = Coupon.Create(TenYuanOff, DateTimeOffset.UtcNow);
        await App.AddAsync(coupon);
        var buyer = await SignInAsync("o_coupon_racer");
        var code = await ClaimCouponAsync(buyer, coupon.Id);

        var results = await Task.WhenAll(courses.Select(c => CreateOrderAsync(buyer, [CourseLine(c)], 3900, code)));

        var placed = Assert.Single(results, r => r.PayloadErrors().Count == 0);
        Assert.All(results.Where(r => r.PayloadErrors().Count > 0), r => Assert.Contains(
            Assert.Single(r.PayloadErrors()), new (string?, string?)[] { ("CouponInUseError", CouponErrors.InUseCode), ("ConflictError", "CONFLICT") }));
        Assert.Equal(3900, Fen(placed.GetProperty("order"), "amount"));
        Assert.Equal(1, await OrderCountAsync(buyer));
        Assert.Equal("LOCKED", (await MyCouponStatesAsync(buyer))[code]);
    }

    [Fact]
    public async Task ACopyComesBackWhenItsOrderIsCancelledUnpaidAndIsUsedUpByThePaidOrder()
    {
        var courses = await AddCoursesPricedAsync(4900, 9900);
        var coupon = Coupon.Create(TenYuanOff, DateTimeOffset.UtcNow);
        await App.AddAsync(coupon);
        var buyer = await SignInAsync("o_coupon_holder");
        var code = await ClaimCouponAsync(buyer, coupon.Id);

        var first = (await CreateOrderAsync(buyer, [CourseLine(courses[0])], 3900, code)).GetProperty("order");
        var whileLocked = (await MyCouponStatesAsync(buyer))[code];
        var cancelled = (await buyer.Client.QueryAsync(
            $"mutation($input: CancelOrderInput!) {{ cancelOrder(input: $input) {{ order {{ status }} {Failure} }} }}",
            new { input = new { orderId = Id(first) } })).GetProperty("cancelOrder");
        var afterCancel = (await MyCouponStatesAsync(buyer))[code];
        var second = (await CreateOrderAsync(buyer, [CourseLine(courses[1])], 8900, code)).GetProperty("order");
        await PayAsync(buyer, second);
        var third = await CreateOrderAsync(buyer, [CourseLine(courses[0])], 3900, code);

        Assert.Equal("LOCKED", whileLocked);
        Assert.Empty(cancelled.PayloadErrors());
        Assert.Equal("AVAILABLE", afterCancel);
        Assert.Equal(8900, Fen(second, "amount"));
        Assert.Equal("USED", (await MyCouponStatesAsync(buyer))[code]);
        Assert.Equal([("CouponUsedError", CouponErrors.UsedCode)], third.PayloadErrors());
        Assert.Equal(2, await OrderCountAsync(buyer));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouponOrderTestsOnSqlite(SqliteApp app) : CouponOrderTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CouponOrderTestsOnPostgreSql(PostgreSqlApp app) : CouponOrderTests(app);
