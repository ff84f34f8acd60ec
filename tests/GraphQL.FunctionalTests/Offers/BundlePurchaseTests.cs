using System.Text.Json;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Pricing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Offers;

/// <summary>
/// Bundles bought and paid through the API: refunding the bundle's line of an order closes the bundle's courses only and
/// keeps the ledger balanced; a bundle partly held is priced out or refused as <c>Orders:OwnedContent</c> says; a course
/// added to a series later opens for its earlier buyers.
/// </summary>
public abstract class BundlePurchaseTests(KnowledgePayApp app) : CartTest(app)
{
    [Fact]
    public async Task RefundingTheBundleLineReturnsItsShareOfTheCouponPriceClosesOnlyItsCoursesAndKeepsTheLedgerBalanced()
    {
        var courses = await AddCoursesPricedAsync(4900, 9900, 12800);
        var bundle = Offer.Bundle("双课套餐", null, Money.Fen(9900), [courses[0].Id, courses[1].Id], false, PriceGuardrails.None, null, Epoch);
        var coupon = Coupon.Create(
            new("满减", CouponKind.AmountOff, 0, 1000, 0, 0, CouponScope.All, CouponValidity.AfterClaim(30), 100, 1, "LESS10", false, false),
            DateTimeOffset.UtcNow);
        await App.AddAsync(bundle, coupon);
        var buyer = await SignInAsync("o_bundle_buyer");
        var admin = await AdminAsync();
        var created = await CreateOrderAsync(buyer, [OfferLine(bundle), CourseLine(courses[2])], 22700 - 1000, "LESS10");
        Assert.Empty(created.PayloadErrors());
        var order = created.GetProperty("order");
        await PayAsync(buyer, order);
        var bundleLine = order.GetProperty("lines").EnumerateArray().Single(l => OfferIdOf(l) == GlobalId.Encode("Offer", bundle.Id));

        var refund = (await buyer.Client.QueryAsync(
            $"mutation($input: RequestRefundInput!) {{ requestRefund(input: $input) {{ refund {{ amount {{ fen }} }} {Failure} }} }}",
            new { input = new { orderId = Id(order), lineId = bundleLine.GetProperty("id").GetString(), reason = "Bought by mistake" } }))
            .GetProperty("requestRefund");
        var refunded = await WaitForStatusAsync(buyer.Client, Id(order), "PARTIALLY_REFUNDED");

        // 1000 off split by list price, largest remainder: 9900 / 22700 of it is 436.1…, so the bundle line pays 9464.
        Assert.Equal(9464, Fen(bundleLine, "amount"));
        Assert.Empty(refund.PayloadErrors());
        Assert.Equal(9464, Fen(refund.GetProperty("refund"), "amount"));
        Assert.Equal(9464, refunded.GetProperty("refundedFen").GetInt64());
        Assert.Equal([BodyOf(0), null], Bodies(await LessonsAsync(buyer.Client, courses[0].Id)));
        Assert.Equal([BodyOf(0), null], Bodies(await LessonsAsync(buyer.Client, courses[1].Id)));
        Assert.Equal([BodyOf(0), BodyOf(1)], Bodies(await LessonsAsync(buyer.Client, courses[2].Id)));
        await AssertLedgerBalancedAsync(admin, paidFen: 21700, refundedFen: 9464);
    }

    [Fact]
    public async Task ABundleHeldInPartIsPricedOutOrRefusedAsTheOperatorConfiguresAndOneHeldWhollyIsRefused()
    {
        var courses = await AddCoursesPricedAsync(4900, 9900);
        var bundle = Offer.Bundle("双课套餐", null, Money.Fen(11900), [courses[0].Id, courses[1].Id], false, PriceGuardrails.None, null, Epoch);
        await App.AddAsync(bundle);
        var admin = await AdminAsync();
        var (pricedOut, refused, wholly) = (await SignInAsync("o_owner_priced_out"), await SignInAsync("o_owner_refused"), await SignInAsync("o_owner_wholly"));
        foreach (var (owner, course) in new[] { (pricedOut, courses[0]), (refused, courses[0]), (wholly, courses[0]), (wholly, courses[1]) })
        {
            Assert.Empty((await GrantAsync(admin, owner.UserId, course.Id)).PayloadErrors());
        }

        var options = App.Services.GetRequiredService<IOptions<OrderOptions>>().Value;
        var quote = await QuoteAsync(pricedOut.Client, [OfferLine(bundle)]);
        var placed = await CreateOrderAsync(pricedOut, [OfferLine(bundle)], TotalFen(quote));
        var whollyHeld = await CreateOrderAsync(wholly, [OfferLine(bundle)]);
        options.OwnedContent = OwnedContentPolicy.Refuse;
        JsonElement refusedOrder;
        try
        {
            refusedOrder = await CreateOrderAsync(refused, [OfferLine(bundle)]);
        }
        finally
        {
            options.OwnedContent = OwnedContentPolicy.PriceOut;
        }

        // The owned course's share of the bundle's list price: 11900 × 4900 / 14800 = 3939.9…, whole fen down.
        Assert.Equal(["LIST_PRICE", "ALREADY_OWNED"], StepKinds(quote.GetProperty("lines")[0]));
        Assert.Equal(11900 - 3939, TotalFen(quote));
        Assert.Empty(placed.PayloadErrors());
        Assert.Equal(11900 - 3939, Fen(placed.GetProperty("order"), "amount"));
        Assert.Equal([("OfferAlreadyOwnedError", OfferErrors.AlreadyOwnedCode)], whollyHeld.PayloadErrors());
        Assert.Equal([("OfferAlreadyOwnedError", OfferErrors.AlreadyOwnedCode)], refusedOrder.PayloadErrors());
        Assert.Equal((0, 0), (await OrderCountAsync(refused), await OrderCountAsync(wholly)));
    }

    [Fact]
    public async Task ACourseAddedToASeriesOpensForItsEarlierBuyersButNotForOthers()
    {
        var courses = await AddCoursesPricedAsync(4900, 9900, 12800);
        var series = Offer.Bundle("讲师专栏", null, Money.Fen(9900), [courses[0].Id, courses[1].Id], true, PriceGuardrails.None, null, Epoch);
        await App.AddAsync(series);
        var buyer = await SignInAsync("o_series_buyer");
        var bystander = await SignInAsync("o_series_bystander");
        var admin = await AdminAsync();
        var created = await CreateOrderAsync(buyer, [OfferLine(series)], 9900);
        Assert.Empty(created.PayloadErrors());
        await PayAsync(buyer, created.GetProperty("order"));
        var beforeAdded = Bodies(await LessonsAsync(buyer.Client, courses[2].Id));

        var added = (await admin.Client.QueryAsync(
            $"mutation($input: AddCourseToOfferInput!) {{ addCourseToOffer(input: $input) {{ {Failure} }} }}",
            new { input = new { offerId = GlobalId.Encode("Offer", series.Id), courseId = CourseId(courses[2]) } }))
            .GetProperty("addCourseToOffer");

        Assert.Empty(added.PayloadErrors());
        Assert.Equal([BodyOf(0), null], beforeAdded);
        Assert.Equal([BodyOf(0), BodyOf(1)], Bodies(await LessonsAsync(buyer.Client, courses[2].Id)));
        Assert.Equal([BodyOf(0), null], Bodies(await LessonsAsync(bystander.Client, courses[2].Id)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BundlePurchaseTestsOnSqlite(SqliteApp app) : BundlePurchaseTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class BundlePurchaseTestsOnPostgreSql(PostgreSqlApp app) : BundlePurchaseTests(app);
