using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.Application.Orders.Commands.CloseExpiredOrders;
using KnowledgePay.Application.Orders.Commands.ReconcilePendingOrders;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Orders;

/// <summary>
/// Buying with WeChat Virtual Payment as the mini program does: checkout VIRTUAL_PAYMENT → the simulator plays
/// wx.requestVirtualPayment → WeChat pushes xpay_goods_deliver_notify to the message push endpoint (secure mode) → the
/// order is settled from query_order; lost, repeated and forged pushes; refunds through refund_order and the refund push.
/// </summary>
public abstract class VirtualPaymentTests(KnowledgePayApp app) : OrdersTest(app)
{
    private const string Failure = "errors { __typename ... on Error { code message } }";

    [Fact]
    public async Task PaysAndOpensTheCourseWhenTheDeliveryPushArrives()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");

        var payment = await VirtualCheckoutAsync(buyer, Id(order));
        var signData = JsonDocument.Parse(payment.GetProperty("signData").GetString()!).RootElement;
        var paid = await PayInSheetAsync("o_buyer", payment);
        var settled = await WaitForStatusAsync(buyer.Client, Id(order), "PAID");

        Assert.Equal("short_series_goods", payment.GetProperty("mode").GetString());
        Assert.Equal(Number(order), signData.GetProperty("outTradeNo").GetString());
        Assert.Equal(4900, signData.GetProperty("goodsPrice").GetInt64());
        Assert.Equal("kp_tier_4900", signData.GetProperty("productId").GetString());
        Assert.Equal(0, paid.GetProperty("errCode").GetInt32());
        Assert.Equal("PAID", Status(settled));
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        var delivery = Assert.Single(await App.WeChat.WaitForDeliveriesAsync(1));
        Assert.Equal(200, delivery.GetProperty("status").GetInt32());
        Assert.True(delivery.GetProperty("succeeded").GetBoolean());
        Assert.Contains("msg_signature=", delivery.GetProperty("url").GetString());
        Assert.Equal(4, (await WaitForXPayStatusAsync(Number(order), 4)).GetProperty("status").GetInt32());
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900);
    }

    [Fact]
    public async Task DeliversOnceWhenTenCopiesOfTheDeliveryPushArriveAtOnce()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var payment = await VirtualCheckoutAsync(buyer, Id(order));
        await App.WeChat.ArmNotificationFaultAsync("duplicate", copies: 9, concurrent: true);

        await PayInSheetAsync("o_buyer", payment);
        var deliveries = await App.WeChat.WaitForDeliveriesAsync(10);

        Assert.Equal(10, deliveries.Length);
        Assert.All(deliveries, d => Assert.True(d.GetProperty("succeeded").GetBoolean()));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        var orderId = GlobalId.Decode(Id(order)).Id;
        Assert.Equal(1, await App.ReadAsync(db => db.Enrollments.CountAsync(e => e.OrderId == orderId)));
        Assert.Equal(1, await App.ReadAsync(db => db.PaymentLedger.CountAsync(e => e.OrderId == orderId)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900);
    }

    [Fact]
    public async Task SettlesALostPushWhenTheBuyerSyncsAndTellsWeChatTheGoodsWereDelivered()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var payment = await VirtualCheckoutAsync(buyer, Id(order));
        await App.WeChat.ArmNotificationFaultAsync("drop");
        await PayInSheetAsync("o_buyer", payment);
        var beforeSync = Status(await OrderAsync(buyer.Client, Id(order)));

        var synced = (await buyer.Client.QueryAsync(
            $"mutation($input: SyncOrderPaymentInput!) {{ syncOrderPayment(input: $input) {{ order {{ status }} {Failure} }} }}",
            new { input = new { orderId = Id(order) } })).GetProperty("syncOrderPayment");
        var beforeOutbox = await App.WeChat.VirtualPaymentOrderAsync(Number(order));
        await App.DrainOutboxAsync();

        Assert.Equal("PENDING", beforeSync);
        Assert.Equal("PAID", synced.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal(2, beforeOutbox.GetProperty("status").GetInt32());
        Assert.Equal(4, (await App.WeChat.VirtualPaymentOrderAsync(Number(order))).GetProperty("status").GetInt32());
        Assert.Equal(1, await App.WeChat.CallsAsync("xpayNotifyProvideGoods"));
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900);
    }

    [Fact]
    public async Task SettlesALostPushWhenTheReconcileSweepQueriesWeChat()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var payment = await VirtualCheckoutAsync(buyer, Id(order));
        await App.WeChat.ArmNotificationFaultAsync("drop");
        await PayInSheetAsync("o_buyer", payment);

        var swept = await RunSystemCommandAsync(new ReconcilePendingOrdersCommand(BatchSize: 10, OlderThan: TimeSpan.Zero));
        await App.DrainOutboxAsync();
        await App.DrainOutboxAsync();

        Assert.Equal(1, swept.Paid);
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(order))));
        Assert.Equal(4, (await App.WeChat.VirtualPaymentOrderAsync(Number(order))).GetProperty("status").GetInt32());
        Assert.Equal(1, await App.WeChat.CallsAsync("xpayNotifyProvideGoods"));
    }

    [Fact]
    public async Task RetriesTheDeliveryConfirmationFromTheOutboxUntilWeChatAcceptsIt()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var payment = await VirtualCheckoutAsync(buyer, Id(order));
        await App.WeChat.ArmNotificationFaultAsync("drop");
        await PayInSheetAsync("o_buyer", payment);
        await RunSystemCommandAsync(new ReconcilePendingOrdersCommand(BatchSize: 10, OlderThan: TimeSpan.Zero));
        await App.WeChat.ArmFaultAsync("xpayNotifyProvideGoods", errcode: -1);

        await App.DrainOutboxAsync();
        var delivered = await App.WeChat.VirtualPaymentOrderAsync(Number(order));
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(15);
        while (delivered.GetProperty("status").GetInt32() != 4 && DateTimeOffset.UtcNow < giveUpAt)
        {
            // The outbox waits its retry delay before the next attempt.
            await Task.Delay(250);
            await App.DrainOutboxAsync();
            delivered = await App.WeChat.VirtualPaymentOrderAsync(Number(order));
        }

        Assert.Equal(4, delivered.GetProperty("status").GetInt32());
        Assert.True(await App.WeChat.CallsAsync("xpayNotifyProvideGoods") >= 2);
    }

    [Theory]
    [InlineData("badSignature")]
    [InlineData("tamperBody")]
    [InlineData("staleTimestamp")]
    [InlineData("wrongApiV3Key")]
    public async Task RefusesAForgedPushAndChangesNothing(string fault)
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var payment = await VirtualCheckoutAsync(buyer, Id(order));
        await App.WeChat.ArmNotificationFaultAsync(fault);

        await PayInSheetAsync("o_buyer", payment);
        var forged = (await App.WeChat.WaitForDeliveriesAsync(2))[..2];

        Assert.All(forged, d => Assert.Equal(401, d.GetProperty("status").GetInt32()));
        Assert.All(forged, d => Assert.False(d.GetProperty("succeeded").GetBoolean()));
        Assert.Equal("PENDING", Status(await OrderAsync(buyer.Client, Id(order))));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        Assert.Equal(0, await App.ReadAsync(db => db.PaymentLedger.CountAsync()));
        Assert.Equal(2, (await App.WeChat.VirtualPaymentOrderAsync(Number(order))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task FlagsTheOrderForReviewWhenWeChatChargedAnotherAmount()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var payment = await VirtualCheckoutAsync(buyer, Id(order));
        await App.WeChat.ArmNotificationFaultAsync("amountMismatch");

        await PayInSheetAsync("o_buyer", payment);
        var delivery = Assert.Single(await App.WeChat.WaitForDeliveriesAsync(1));
        var flagged = await OrderAsync((await AdminAsync()).Client, Id(order));

        Assert.True(delivery.GetProperty("succeeded").GetBoolean());
        Assert.Equal("PENDING", Status(flagged));
        Assert.True(flagged.GetProperty("needsReview").GetBoolean());
        Assert.Equal("AMOUNT_MISMATCH", flagged.GetProperty("reviewReason").GetString());
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        Assert.Equal(0, await App.ReadAsync(db => db.PaymentLedger.CountAsync()));
    }

    [Fact]
    public async Task ClosesAnExpiredOrderNobodyPaidThoughVirtualPaymentHasNoCloseApi()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        await VirtualCheckoutAsync(buyer, Id(order));
        await ExpireAsync(order);

        var swept = await RunSystemCommandAsync(new CloseExpiredOrdersCommand(10));

        Assert.Equal(1, swept.Closed);
        Assert.Equal("CLOSED", Status(await OrderAsync(buyer.Client, Id(order))));
        Assert.True(await App.WeChat.CallsAsync("xpayQueryOrder") > 0);
    }

    [Fact]
    public async Task FlagsAPaymentFromAStaleSheetAfterTheOrderClosed()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var payment = await VirtualCheckoutAsync(buyer, Id(order));
        await ExpireAsync(order);
        await RunSystemCommandAsync(new CloseExpiredOrdersCommand(10));

        await PayInSheetAsync("o_buyer", payment);
        await App.WeChat.WaitForDeliveriesAsync(1);
        var seen = await OrderAsync((await AdminAsync()).Client, Id(order));

        Assert.Equal("CLOSED", Status(seen));
        Assert.True(seen.GetProperty("needsReview").GetBoolean());
        Assert.Equal("PAID_AFTER_CLOSE", seen.GetProperty("reviewReason").GetString());
    }

    [Fact]
    public async Task RefundsThroughRefundOrderAndSettlesOnTheRefundPush()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        var order = await VirtualPaidOrderAsync(buyer, course.Id);

        var refund = await IssueRefundAsync(admin, Id(order), amountFen: null);
        var refunded = await WaitForStatusAsync(buyer.Client, Id(order), "REFUNDED");

        Assert.Empty(refund.PayloadErrors());
        Assert.Equal("PROCESSING", refund.GetProperty("refund").GetProperty("status").GetString());
        Assert.Equal("REFUNDED", Status(refunded));
        Assert.Equal(["SUCCEEDED"], refunded.GetProperty("refunds").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        var atWeChat = await App.WeChat.VirtualPaymentOrderAsync(Number(order));
        Assert.Equal(5, atWeChat.GetProperty("status").GetInt32());
        Assert.Equal(4900, atWeChat.GetProperty("refund_fee").GetInt64());
        Assert.Contains(await App.WeChat.DeliveriesAsync(), d => d.GetProperty("eventType").GetString() == "xpay_refund_notify"
            && d.GetProperty("succeeded").GetBoolean());
        await AssertLedgerBalancedAsync(admin, paidFen: 4900, refundedFen: 4900);
    }

    [Fact]
    public async Task RefusesCheckoutWhenNoProductHasTheOrdersPrice()
    {
        var category = ACategory();
        var creator = ACreator();
        var course = Course.Draft(creator.Id, category.Id, $"Odd price {Next()}", "Priced off the tiers.", Money.Fen(1234), Epoch);
        course.AddLesson(course.AddChapter("第一章").Id, new LessonContent("Lesson", LessonKind.Video, 300, IsFreePreview: false, "Body", "https://media.example/a.m3u8"));
        course.Publish(Epoch);
        await App.AddAsync(creator, category, course);
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");

        var checkout = await CheckoutWithAsync(buyer, Id(order), "VIRTUAL_PAYMENT");

        Assert.Equal([("VirtualPaymentNoProductError", "VIRTUAL_PAYMENT_NO_PRODUCT")], checkout.PayloadErrors());
        var stored = await OrderAsync(buyer.Client, Id(order));
        Assert.Equal("PENDING", Status(stored));
        Assert.Equal(0, await App.WeChat.CallsAsync("xpayQueryOrder"));
    }

    [Fact]
    public async Task RefusesThePaymentInTheSheetWhenTheBuyerLoggedInAgainSinceCheckout()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var stale = await VirtualCheckoutAsync(buyer, Id(order));
        await SignInAsync("o_buyer");

        var refused = await PayInSheetAsync("o_buyer", stale);
        var fresh = await VirtualCheckoutAsync(buyer, Id(order));
        var paid = await PayInSheetAsync("o_buyer", fresh);

        Assert.Equal(-15005, refused.GetProperty("errCode").GetInt32());
        Assert.Equal(0, paid.GetProperty("errCode").GetInt32());
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
    }

    [Fact]
    public async Task AnswersTheAddressCheckOnlyWhenSignedWithTheToken()
    {
        const string timestamp = "1714036504";
        const string nonce = "1514711492";
        var token = WeChatSimulatorServer.VirtualPaymentSettings["WeChat:MessagePush:Token"]!;
        var signature = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Concat(new[] { token, timestamp, nonce }.Order(StringComparer.Ordinal)))));

        using var valid = await Client.GetAsync($"/wechat/message-push?signature={signature}&timestamp={timestamp}&nonce={nonce}&echostr=hello");
        using var forged = await Client.GetAsync($"/wechat/message-push?signature={new string('0', 40)}&timestamp={timestamp}&nonce={nonce}&echostr=hello");

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("hello", await valid.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task RefusesAnUnsignedPushWith401()
    {
        using var response = await Client.PostAsync(
            "/wechat/message-push?timestamp=1&nonce=2",
            new StringContent("""{"Event":"xpay_goods_deliver_notify","OutTradeNo":"KP1","OpenId":"o"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ErrCode").GetInt32());
    }

    private Task ExpireAsync(JsonElement order)
    {
        var orderId = GlobalId.Decode(Id(order)).Id;
        return App.ReadAsync(db => db.Orders.Where(o => o.Id == orderId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
    }

    private async Task<JsonElement> VirtualPaidOrderAsync(Session buyer, Guid courseId)
    {
        var order = (await CreateOrderAsync(buyer, courseId)).GetProperty("order");
        await PayInSheetAsync("o_buyer", await VirtualCheckoutAsync(buyer, Id(order)));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        return order;
    }

    private static async Task<JsonElement> CheckoutWithAsync(Session buyer, string orderId, string method) =>
        (await buyer.Client.QueryAsync(
            $$"""
            mutation($input: CheckoutInput!) {
              checkout(input: $input) { payment { __typename ... on VirtualPaymentParameters { signData paySig signature mode } } {{Failure}} }
            }
            """,
            new { input = new { orderId, method } })).GetProperty("checkout");

    private static async Task<JsonElement> VirtualCheckoutAsync(Session buyer, string orderId)
    {
        var checkout = await CheckoutWithAsync(buyer, orderId, "VIRTUAL_PAYMENT");
        Assert.Empty(checkout.PayloadErrors());
        return checkout.GetProperty("payment");
    }

    private Task<JsonElement> PayInSheetAsync(string openId, JsonElement payment) => App.WeChat.PayVirtualAsync(
        openId,
        payment.GetProperty("signData").GetString()!,
        payment.GetProperty("paySig").GetString()!,
        payment.GetProperty("signature").GetString()!,
        payment.GetProperty("mode").GetString()!);

    /// <summary>The push's acknowledgement reaches the simulator just after the order is paid here.</summary>
    private async Task<JsonElement> WaitForXPayStatusAsync(string outTradeNo, int status)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(5);
        var order = await App.WeChat.VirtualPaymentOrderAsync(outTradeNo);
        while (order.GetProperty("status").GetInt32() != status && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
            order = await App.WeChat.VirtualPaymentOrderAsync(outTradeNo);
        }

        return order;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class VirtualPaymentTestsOnSqlite(SqliteApp app) : VirtualPaymentTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class VirtualPaymentTestsOnPostgreSql(PostgreSqlApp app) : VirtualPaymentTests(app);
