using System.Text.Json;
using KnowledgePay.Application.Orders.Commands.ReconcilePendingOrders;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Orders;

/// <summary>The background sweeps on several instances at once: leases let each order be handled by one of them.</summary>
public abstract class SweepTests(KnowledgePayApp app) : OrdersTest(app)
{
    [Fact]
    public async Task TwoConcurrentReconcileSweepsSettleEachDroppedPaymentOnce()
    {
        const int Orders = 4;
        var buyer = await SignInAsync("o_buyer");
        var orders = new List<JsonElement>();
        for (var i = 0; i < Orders; i++)
        {
            orders.Add(await CheckedOutOrderAsync(buyer, (await AddPaidCourseAsync()).Id));
        }

        await App.WeChat.ArmNotificationFaultAsync("drop", count: Orders);
        foreach (var order in orders)
        {
            await App.WeChat.PayAsync(Number(order));
        }

        var sweep = new ReconcilePendingOrdersCommand(BatchSize: 10, OlderThan: TimeSpan.Zero);
        var results = await Task.WhenAll(RunSystemCommandAsync(sweep), RunSystemCommandAsync(sweep));

        Assert.Equal(Orders, results.Sum(r => r.Paid));
        Assert.Equal(0, results.Sum(r => r.Unchanged));
        Assert.Equal(Orders, await App.WeChat.CallsAsync("payQueryByOutTradeNo"));
        foreach (var order in orders)
        {
            Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(order))));
        }

        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: Orders * 4900);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SweepTestsOnSqlite(SqliteApp app) : SweepTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class SweepTestsOnPostgreSql(PostgreSqlApp app) : SweepTests(app);
