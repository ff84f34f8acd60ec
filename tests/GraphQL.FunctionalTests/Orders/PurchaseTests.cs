using System.Text.Json;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Tests.Shared;

namespace KnowledgePay.GraphQL.FunctionalTests.Orders;

public abstract class PurchaseTests(KnowledgePayApp app) : OrdersTest(app)
{
    [Fact]
    public async Task OpensThePaidLessonsToTheBuyerOnlyWhenTheyPayThroughWeChatPay()
    {
        var course = await AddPaidCourseAsync(lessons: 3);
        var buyer = await SignInAsync("o_buyer");
        var stranger = await SignInAsync("o_stranger");
        var admin = await AdminAsync();

        var created = await CreateOrderAsync(buyer, course.Id);
        var order = created.GetProperty("order");
        var checkout = await CheckoutAsync(buyer, Id(order));
        var lockedBefore = Bodies(await LessonsAsync(buyer.Client, course.Id));
        await App.WeChat.PayAsync(Number(order));
        var paid = await WaitForStatusAsync(buyer.Client, Id(order), "PAID");

        Assert.Empty(created.PayloadErrors());
        Assert.Equal("PENDING", Status(order));
        Assert.Equal(4900, order.GetProperty("amount").GetProperty("fen").GetInt64());
        Assert.Equal("49.00", order.GetProperty("amount").GetProperty("yuan").GetString());
        Assert.Empty(checkout.PayloadErrors());
        var payment = checkout.GetProperty("payment");
        Assert.Equal(WeChatSimulatorServer.AppId, payment.GetProperty("appId").GetString());
        Assert.StartsWith("prepay_id=wx", payment.GetProperty("package").GetString());
        Assert.Equal("RSA", payment.GetProperty("signType").GetString());
        Assert.Equal([BodyOf(0), null, null], lockedBefore);
        Assert.Equal("PAID", Status(paid));
        Assert.Equal(JsonValueKind.Null, paid.GetProperty("needsReview").ValueKind);
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(stranger.Client, course.Id)));
        var mine = await buyer.Client.QueryAsync("{ myOrders { nodes { id status } } myCourses { nodes { course { id } } } }");
        Assert.Equal(["PAID"], mine.Nodes("myOrders").Select(o => o.GetProperty("status").GetString()));
        Assert.Equal([GlobalId.Encode("Course", course.Id)], mine.Nodes("myCourses").Select(c => c.GetProperty("course").GetProperty("id").GetString()));
        var deliveries = await App.WeChat.DeliveriesAsync();
        Assert.Equal([204], deliveries.Select(d => d.GetProperty("status").GetInt32()));
        await AssertLedgerBalancedAsync(admin, paidFen: 4900);
    }

    [Fact]
    public async Task ReturnsTheSameOrderWhenCreateOrderIsRetriedWithTheSameClientKey()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");

        var first = await CreateOrderAsync(buyer, course.Id, "retry-key-1");
        var retried = await CreateOrderAsync(buyer, course.Id, "retry-key-1");

        Assert.Equal(Id(first.GetProperty("order")), Id(retried.GetProperty("order")));
        var orders = await buyer.Client.QueryAsync("{ myOrders { totalCount } }");
        Assert.Equal(1, orders.GetProperty("myOrders").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task RefusesToSellACourseTheBuyerAlreadyOwns()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.PayAsync(Number(order));
        await WaitForStatusAsync(buyer.Client, Id(order), "PAID");

        var again = await CreateOrderAsync(buyer, course.Id);

        Assert.Equal([("CourseAlreadyOwnedError", "COURSE_ALREADY_OWNED")], again.PayloadErrors());
    }

    [Fact]
    public async Task SettlesAPaidOrderWhenTheBuyerPollsSyncOrderPaymentBeforeTheNotification()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.ArmNotificationFaultAsync("drop");
        await App.WeChat.PayAsync(Number(order));

        var synced = (await buyer.Client.QueryAsync(
            "mutation($input: SyncOrderPaymentInput!) { syncOrderPayment(input: $input) { order { status } errors { __typename } } }",
            new { input = new { orderId = Id(order) } })).GetProperty("syncOrderPayment");

        Assert.Equal("PAID", synced.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PurchaseTestsOnSqlite(SqliteApp app) : PurchaseTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class PurchaseTestsOnPostgreSql(PostgreSqlApp app) : PurchaseTests(app);
