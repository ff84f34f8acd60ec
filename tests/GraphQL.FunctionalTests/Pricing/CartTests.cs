using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Pricing;

/// <summary>Quoting carts and ordering them over HTTP: the charge is what the quote said, line by line.</summary>
public abstract class CartTests(KnowledgePayApp app) : CartTest(app)
{
    [Fact]
    public async Task ChargesExactlyWhatTheQuoteSaidForRandomCarts()
    {
        var courses = await AddCoursesPricedAsync(1990, 4900, 9900, 12800);
        var bundle = Offer.Bundle("三门课套餐", null, Money.Fen(15000), [courses[1].Id, courses[2].Id, courses[3].Id], false, PriceGuardrails.None, null, Epoch);
        await App.AddAsync(bundle);
        var random = new Random(7);

        for (var cart = 0; cart < 6; cart++)
        {
            var buyer = await SignInAsync($"o_cart_{cart}");
            object[] lines = random.Next(3) == 0
                ? [new { offerId = GlobalId.Encode("Offer", bundle.Id) }, new { courseId = CourseId(courses[0]) }]
                : [.. courses.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).Select(c => new { courseId = CourseId(c) })];

            var quote = await QuoteAsync(buyer.Client, lines);
            var total = quote.GetProperty("total").GetProperty("fen").GetInt64();
            var created = await CreateOrderAsync(buyer, lines, expectedTotalFen: total);

            Assert.Empty(created.PayloadErrors());
            var order = created.GetProperty("order");
            Assert.Equal(total, order.GetProperty("amount").GetProperty("fen").GetInt64());
            Assert.Equal(
                quote.GetProperty("lines").EnumerateArray().Select(l => (OfferIdOf(l), Fen(l, "final"))),
                order.GetProperty("lines").EnumerateArray().Select(l => (OfferIdOf(l), Fen(l, "amount"))));
            Assert.Equal(
                quote.GetProperty("lines").EnumerateArray().Sum(l => Fen(l, "list")),
                quote.GetProperty("listTotal").GetProperty("fen").GetInt64());
        }
    }

    [Fact]
    public async Task RefusesTheOrderWithPriceChangedWhenThePriceMovedSinceTheQuote()
    {
        var course = (await AddCoursesPricedAsync(4900))[0];
        var buyer = await SignInAsync("o_changed");
        var admin = await AdminAsync();
        object[] lines = [new { courseId = CourseId(course) }];
        var quoted = (await QuoteAsync(buyer.Client, lines)).GetProperty("total").GetProperty("fen").GetInt64();

        var repriced = await admin.Client.QueryAsync(
            "mutation($input: SetCoursePriceInput!) { setCoursePrice(input: $input) { errors { __typename } } }",
            new { input = new { courseId = CourseId(course), price = 5900 } });
        var refused = await CreateOrderAsync(buyer, lines, expectedTotalFen: quoted);
        var orders = await buyer.Client.QueryAsync("{ myOrders { totalCount } }");
        var requoted = (await QuoteAsync(buyer.Client, lines)).GetProperty("total").GetProperty("fen").GetInt64();

        Assert.Empty(repriced.GetProperty("setCoursePrice").PayloadErrors());
        Assert.Equal([("PriceChangedError", "PRICE_CHANGED")], refused.PayloadErrors());
        Assert.Equal(0, orders.GetProperty("myOrders").GetProperty("totalCount").GetInt32());
        Assert.Equal(5900, requoted);
        Assert.Empty((await CreateOrderAsync(buyer, lines, expectedTotalFen: requoted)).PayloadErrors());
    }

    [Fact]
    public async Task RefundsOneLineOfAPaidOrderWithdrawingOnlyItsCourseAndKeepingTheLedgerBalancedPerLine()
    {
        var courses = await AddCoursesPricedAsync(4900, 9900);
        var buyer = await SignInAsync("o_two_lines");
        var admin = await AdminAsync();
        var created = await CreateOrderAsync(buyer, [new { courseId = CourseId(courses[0]) }, new { courseId = CourseId(courses[1]) }]);
        var order = created.GetProperty("order");
        Assert.Empty((await CheckoutAsync(buyer, Id(order))).PayloadErrors());
        await App.WeChat.PayAsync(Number(order));
        await WaitForStatusAsync(buyer.Client, Id(order), "PAID");
        var secondLine = order.GetProperty("lines").EnumerateArray().Single(l => OfferIdOf(l) == CourseId(courses[1]));

        var refund = await buyer.Client.QueryAsync(
            $"mutation($input: RequestRefundInput!) {{ requestRefund(input: $input) {{ refund {{ amount {{ fen }} }} {Failure} }} }}",
            new { input = new { orderId = Id(order), lineId = secondLine.GetProperty("id").GetString(), reason = "Bought by mistake" } });
        var refunded = await WaitForStatusAsync(buyer.Client, Id(order), "PARTIALLY_REFUNDED");

        Assert.Empty(refund.GetProperty("requestRefund").PayloadErrors());
        Assert.Equal(9900, refund.GetProperty("requestRefund").GetProperty("refund").GetProperty("amount").GetProperty("fen").GetInt64());
        Assert.Equal(9900, refunded.GetProperty("refundedFen").GetInt64());
        Assert.Equal([BodyOf(0), BodyOf(1)], Bodies(await LessonsAsync(buyer.Client, courses[0].Id)));
        Assert.Equal([BodyOf(0), null], Bodies(await LessonsAsync(buyer.Client, courses[1].Id)));
        await AssertLedgerBalancedAsync(admin, paidFen: 14800, refundedFen: 9900);
    }

    [Fact]
    public async Task AnswersBadCartsWithTypedErrorsAndCreatesNothing()
    {
        var courses = await AddCoursesPricedAsync(4900, 9900);
        var course = courses[0];
        var bundle = Offer.Bundle("两门课套餐", null, Money.Fen(11900), [courses[0].Id, courses[1].Id], false, PriceGuardrails.None, null, Epoch);
        await App.AddAsync(bundle);
        var buyer = await SignInAsync("o_bad_cart");
        var tooMany = Enumerable.Range(0, 21).Select(_ => (object)new { courseId = CourseId(course) }).ToArray();

        var overLimit = await CreateOrderAsync(buyer, tooMany);
        var duplicate = await CreateOrderAsync(buyer, [new { courseId = CourseId(course) }, new { courseId = CourseId(course) }]);
        var inBundleToo = await CreateOrderAsync(buyer, [OfferLine(bundle), CourseLine(course)]);
        var empty = await CreateOrderAsync(buyer, []);
        var withdrawn = await CreateOrderAsync(buyer, [new { offerId = GlobalId.Encode("Offer", Guid.NewGuid()) }]);
        var orders = await buyer.Client.QueryAsync("{ myOrders { totalCount } }");

        Assert.Equal([("CartTooManyLinesError", "CART_TOO_MANY_LINES")], overLimit.PayloadErrors());
        Assert.Equal([("CartDuplicateLineError", "CART_DUPLICATE_LINE")], duplicate.PayloadErrors());
        Assert.Equal([("CartDuplicateLineError", "CART_DUPLICATE_LINE")], inBundleToo.PayloadErrors());
        Assert.Equal([("CartEmptyError", "CART_EMPTY")], empty.PayloadErrors());
        Assert.Equal([("NotFoundError", "NOT_FOUND")], withdrawn.PayloadErrors());
        Assert.Equal(0, orders.GetProperty("myOrders").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task QuotesAndShowsCoursePricesToAnyoneButOrdersOnlyForSignedInBuyers()
    {
        var course = (await AddCoursesPricedAsync(4900))[0];
        object[] lines = [new { courseId = CourseId(course) }];

        var anonymousQuote = await QuoteAsync(Client, lines);
        var page = await Client.QueryAsync(
            $"query($id: ID!) {{ course(id: $id) {{ priceForViewer {{ {PriceFields} }} }} }}", new { id = CourseId(course) });
        var anonymousOrder = await Client.PostGraphQLAsync(
            "mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id } } }",
            new { input = new { lines, clientKey = "anonymous-key-1" } });

        Assert.Equal(4900, anonymousQuote.GetProperty("total").GetProperty("fen").GetInt64());
        var price = page.GetProperty("course").GetProperty("priceForViewer");
        Assert.Equal((4900L, 4900L), (Fen(price, "list"), Fen(price, "final")));
        Assert.Equal(["LIST_PRICE"], price.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousOrder.ErrorCodes);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CartTestsOnSqlite(SqliteApp app) : CartTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CartTestsOnPostgreSql(PostgreSqlApp app) : CartTests(app);
