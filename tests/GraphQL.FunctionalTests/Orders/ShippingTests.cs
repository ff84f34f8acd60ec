using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Orders;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Orders;

/// <summary>After a WeChat Pay purchase the outbox records shipping with WeChat (the simulator over HTTP), retrying until it is accepted.</summary>
public abstract class ShippingTests(KnowledgePayApp app) : OrdersTest(app)
{
    [Fact]
    public async Task RecordsShippingForTheTransactionAndPayerAfterAWeChatPayPurchase()
    {
        var (order, buyer, transactionId) = await PaidOrderAsync();

        await App.DrainOutboxAsync();

        var upload = Assert.Single(await App.WeChat.ShippingUploadsAsync());
        Assert.Equal(transactionId, upload.GetProperty("transactionId").GetString());
        Assert.Equal("o_buyer", upload.GetProperty("payerOpenId").GetString());
        Assert.Equal(3, upload.GetProperty("logisticsType").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, (await ShippingRecordedAtAsync(await AdminAsync(), order)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await ShippingRecordedAtAsync(buyer, order)).ValueKind);
    }

    [Fact]
    public async Task RetriesFromTheOutboxUntilWeChatAcceptsTheShipping()
    {
        var (order, _, _) = await PaidOrderAsync();
        await App.WeChat.ArmFaultAsync("uploadShippingInfo", -1, count: 2);
        var admin = await AdminAsync();

        var uploads = await DrainUntilUploadedAsync();

        // Two refusals, then the accepted upload; one more when the app's cached token predates the simulator's reset (40001).
        Assert.InRange(await App.WeChat.CallsAsync("uploadShippingInfo"), 3, 4);
        Assert.Single(uploads);
        Assert.NotEqual(JsonValueKind.Null, (await ShippingRecordedAtAsync(admin, order)).ValueKind);
    }

    [Fact]
    public async Task RenewsARejectedAccessTokenAndUploadsAgainInTheSameAttempt()
    {
        await PaidOrderAsync();
        await App.WeChat.ArmFaultAsync("uploadShippingInfo", 40001);

        await App.DrainOutboxAsync();

        Assert.Equal(2, await App.WeChat.CallsAsync("uploadShippingInfo"));
        Assert.Single(await App.WeChat.ShippingUploadsAsync());
    }

    [Theory]
    [InlineData(PaymentChannel.Balance)]
    [InlineData(PaymentChannel.WeChatVirtualPayment)]
    public async Task RecordsNoShippingForOtherChannels(PaymentChannel channel)
    {
        var (order, buyer, _) = await PaidOrderAsync();
        var paid = new OrderPaidEvent(GlobalId.Decode(Id(order)).Id, GlobalId.Decode(buyer.UserId).Id, 4900, [], null, channel);

        await using var scope = App.Services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetRequiredService<AfterCommitHandlers>().For(typeof(OrderPaidEvent)))
        {
            await handler.InvokeAsync(scope.ServiceProvider, paid, CancellationToken.None);
        }

        Assert.Empty(await App.WeChat.ShippingUploadsAsync());
        Assert.Equal(0, await App.WeChat.CallsAsync("uploadShippingInfo"));
    }

    /// <summary>Drains the outbox as its dispatcher would, round after round (a failed upload is due again 1 ms later), until WeChat has the record.</summary>
    private async Task<JsonElement[]> DrainUntilUploadedAsync()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        await App.DrainOutboxAsync();
        var uploads = await App.WeChat.ShippingUploadsAsync();
        while (uploads.Length == 0 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(10);
            await App.DrainOutboxAsync();
            uploads = await App.WeChat.ShippingUploadsAsync();
        }

        return uploads;
    }

    /// <summary>An order paid through WeChat Pay, its buyer and the WeChat Pay transaction_id.</summary>
    private async Task<(JsonElement Order, Session Buyer, string TransactionId)> PaidOrderAsync()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        var transaction = await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        return (order, buyer, transaction.GetProperty("transaction_id").GetString()!);
    }

    private static async Task<JsonElement> ShippingRecordedAtAsync(Session viewer, JsonElement order) =>
        (await viewer.Client.QueryAsync("query($id: ID!) { order(id: $id) { shippingRecordedAt } }", new { id = Id(order) }))
        .GetProperty("order").GetProperty("shippingRecordedAt");
}

[Collection(SqliteCollection.Name)]
public sealed class ShippingTestsOnSqlite(SqliteApp app) : ShippingTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class ShippingTestsOnPostgreSql(PostgreSqlApp app) : ShippingTests(app);
