using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgePay.Application.Orders.Commands.ReconcilePendingOrders;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Orders;

/// <summary>WeChat Pay's notifications as they really arrive: repeated, concurrent, lost, forged or not matching the order.</summary>
public abstract class NotificationTests(KnowledgePayApp app) : OrdersTest(app)
{
    /// <summary>
    /// The statements one settlement sends (<see cref="SqlCommandCounter"/>; BEGIN and COMMIT are not commands): the read
    /// that answers repeats and brings the payer and ownership checks, the aggregate, the claim (which writes the paid
    /// columns, so the save leaves the order's row alone), the reactions' reads and the save's batch on PostgreSQL; SQLite
    /// sends each row of the save as a statement of its own.
    /// </summary>
    private int SettlementStatements => App is PostgreSqlApp ? 10 : 20;

    [Fact]
    public async Task FulfilsOnceWhenFiftyCopiesOfTheNotificationArriveAtOnce()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await ConsentingBuyerAsync();
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.ArmNotificationFaultAsync("duplicate", copies: 49, concurrent: true);

        await App.WeChat.PayAsync(Number(order));
        var deliveries = await App.WeChat.WaitForDeliveriesAsync(50);

        Assert.Equal(50, deliveries.Length);
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        var orderId = GlobalId.Decode(Id(order)).Id;
        var enrollmentId = await App.ReadAsync(db => db.Enrollments.Where(e => e.OrderId == orderId).Select(e => e.Id).SingleAsync());
        Assert.Equal(1, await App.ReadAsync(db => db.PaymentLedger.CountAsync(e => e.OrderId == orderId)));
        Assert.Equal(
            [$"purchase:{enrollmentId:N}"],
            await App.ReadAsync(db => db.BehaviourEvents.Where(e => e.Kind == BehaviourEventKind.Purchase).Select(e => e.EventId).ToListAsync()));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900);
    }

    [Fact]
    public async Task SettlesANotificationInFewStatementsAndAnswersItsRepeatWithOne()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await ConsentingBuyerAsync();
        var order = await CheckedOutOrderAsync(buyer, course.Id);

        App.SqlCommands.Reset();
        await App.WeChat.PayAsync(Number(order));
        var delivery = (await App.WeChat.WaitForDeliveriesAsync(1))[0];
        var settling = App.SqlCommands.Count;
        App.SqlCommands.Reset();
        var repeat = await App.WeChat.RedeliverAsync(delivery.GetProperty("id").GetString()!);
        var repeating = App.SqlCommands.Count;

        Assert.Equal(204, delivery.GetProperty("status").GetInt32());
        Assert.Equal(204, repeat.GetProperty("status").GetInt32());
        Assert.Equal((SettlementStatements, 1), (settling, repeating));
        Assert.Equal(1, await App.ReadAsync(db => db.PaymentLedger.CountAsync()));
    }

    [Fact]
    public async Task SettlesADroppedNotificationWhenTheReconcileSweepAsksWeChatPay()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.ArmNotificationFaultAsync("drop");
        await App.WeChat.PayAsync(Number(order));
        var beforeSweep = Status(await OrderAsync(buyer.Client, Id(order)));

        var swept = await RunSystemCommandAsync(new ReconcilePendingOrdersCommand(BatchSize: 10, OlderThan: TimeSpan.Zero));

        Assert.Equal("PENDING", beforeSweep);
        Assert.Equal(1, swept.Paid);
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(order))));
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900);
    }

    [Theory]
    [InlineData("probe")]
    [InlineData("badSignature")]
    [InlineData("tamperBody")]
    [InlineData("staleTimestamp")]
    [InlineData("unknownSerial")]
    [InlineData("wrongApiV3Key")]
    public async Task RejectsAForgedNotificationWith401AndChangesNothing(string fault)
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.ArmNotificationFaultAsync(fault);

        await App.WeChat.PayAsync(Number(order));
        var forged = (await App.WeChat.WaitForDeliveriesAsync(2))[..2];

        Assert.All(forged, d => Assert.Equal(401, d.GetProperty("status").GetInt32()));
        Assert.Equal("PENDING", Status(await OrderAsync(buyer.Client, Id(order))));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        Assert.Equal(0, await App.ReadAsync(db => db.PaymentLedger.CountAsync()));

        var swept = await RunSystemCommandAsync(new ReconcilePendingOrdersCommand(BatchSize: 10, OlderThan: TimeSpan.Zero));

        Assert.Equal(1, swept.Paid);
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(order))));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900);
    }

    [Fact]
    public async Task AnswersAnUnsignedPostWith401AndAnOversizedOneWith413InWeChatPaysFailShape()
    {
        var notification = new StringContent("""{"id":"forged","event_type":"TRANSACTION.SUCCESS"}""", Encoding.UTF8, "application/json");
        var oversized = new StringContent(new string('x', 64 * 1024 + 1), Encoding.UTF8, "application/json");

        using var unsigned = await Client.PostAsync(KnowledgePayApp.NotifyUrl, notification);
        using var tooLarge = await Client.PostAsync(KnowledgePayApp.NotifyUrl, oversized);

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal("FAIL", (await unsigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("FAIL", (await tooLarge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task FlagsTheOrderForReviewInsteadOfFulfillingWhenThePaidAmountDiffers()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.ArmNotificationFaultAsync("amountMismatch");

        await App.WeChat.PayAsync(Number(order));
        var delivery = (await App.WeChat.WaitForDeliveriesAsync(1))[0];
        var admin = await AdminAsync();

        Assert.Equal(204, delivery.GetProperty("status").GetInt32());
        var seen = await OrderAsync(admin.Client, Id(order));
        Assert.Equal("PENDING", Status(seen));
        Assert.True(seen.GetProperty("needsReview").GetBoolean());
        Assert.Equal("AMOUNT_MISMATCH", seen.GetProperty("reviewReason").GetString());
        var seenByBuyer = await OrderAsync(buyer.Client, Id(order));
        Assert.Equal(JsonValueKind.Null, seenByBuyer.GetProperty("needsReview").ValueKind);
        Assert.Equal(JsonValueKind.Null, seenByBuyer.GetProperty("reviewReason").ValueKind);
        var flagged = await admin.Client.QueryAsync("{ orders(where: { needsReview: { eq: true } }) { nodes { id } } }");
        Assert.Equal([Id(order)], flagged.Nodes("orders").Select(o => o.GetProperty("id").GetString()));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        await AssertLedgerBalancedAsync(admin, paidFen: 0);
    }

    [Fact]
    public async Task SettlesThePaymentWhenItWinsTheRaceWithCancelOrder()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.ArmPayFaultAsync("payClose", "closeRace");

        var cancelled = await CancelAsync(buyer, Id(order));
        await App.WeChat.WaitForDeliveriesAsync(1);
        var paid = await WaitForStatusAsync(buyer.Client, Id(order), "PAID");
        var cancelledAgain = await CancelAsync(buyer, Id(order));

        // WeChat Pay answered the close with 429 while the buyer paid: the close is not trusted, the payment settles.
        Assert.Equal([("PaymentProviderUnavailableError", "PAYMENT_PROVIDER_UNAVAILABLE")], cancelled.PayloadErrors());
        Assert.Equal("PAID", Status(paid));
        Assert.Equal([("OrderAlreadyPaidError", "ORDER_ALREADY_PAID")], cancelledAgain.PayloadErrors());
        var orderId = GlobalId.Decode(Id(order)).Id;
        Assert.Equal(1, await App.ReadAsync(db => db.Enrollments.CountAsync(e => e.OrderId == orderId)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900);
    }

    private static async Task<JsonElement> CancelAsync(Session buyer, string orderId) =>
        (await buyer.Client.QueryAsync(
            "mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { order { status } errors { __typename ... on Error { code } } } }",
            new { input = new { orderId } })).GetProperty("cancelOrder");

    private async Task<Session> ConsentingBuyerAsync()
    {
        var buyer = await SignInAsync("o_buyer");
        var updated = (await buyer.Client.QueryAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { __typename } } }",
            new { input = new { gender = "UNSPECIFIED", ageBand = "UNSPECIFIED", interestTagIds = Array.Empty<string>(), personalisationConsent = true } }))
            .GetProperty("updateProfile");
        Assert.Empty(updated.PayloadErrors());
        return buyer;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationTestsOnSqlite(SqliteApp app) : NotificationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class NotificationTestsOnPostgreSql(PostgreSqlApp app) : NotificationTests(app);
