using System.Text.Json;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Learning;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Orders;

/// <summary>
/// Buying through the API as the mini program does (createOrder → checkout → the simulator plays wx.requestPayment →
/// WeChat Pay notifies the app over its notify endpoint), with the admin's view of orders and the ledger.
/// </summary>
public abstract class OrdersTest(KnowledgePayApp app) : LearningTest(app)
{
    public const string OrderFields = """
        id number status amount { fen currency yuan } paidAt refundedFen needsReview reviewReason
        refunds { number status amount { fen } }
        """;

    private const string Failure = "errors { __typename ... on Error { code message } }";

    protected static async Task<JsonElement> CreateOrderAsync(Session buyer, Guid courseId, string? clientKey = null) =>
        (await buyer.Client.QueryAsync(
            $"mutation($input: CreateOrderInput!) {{ createOrder(input: $input) {{ order {{ {OrderFields} }} {Failure} }} }}",
            new { input = new { lines = new[] { new { courseId = GlobalId.Encode("Course", courseId) } }, clientKey = clientKey ?? $"key-{Guid.NewGuid():N}" } }))
        .GetProperty("createOrder");

    protected static async Task<JsonElement> CheckoutAsync(Session buyer, string orderId) =>
        (await buyer.Client.QueryAsync(
            $$"""
            mutation($input: CheckoutInput!) {
              checkout(input: $input) { order { status } payment { __typename ... on WeChatPayParameters { appId timeStamp nonceStr package signType paySign } } {{Failure}} }
            }
            """,
            new { input = new { orderId } })).GetProperty("checkout");

    /// <summary>Places and checks out an order for the course; returns the order (pending, registered with WeChat Pay).</summary>
    protected static async Task<JsonElement> CheckedOutOrderAsync(Session buyer, Guid courseId)
    {
        var order = (await CreateOrderAsync(buyer, courseId)).GetProperty("order");
        Assert.Empty((await CheckoutAsync(buyer, order.GetProperty("id").GetString()!)).PayloadErrors());
        return order;
    }

    protected static async Task<JsonElement> OrderAsync(HttpClient client, string orderId) =>
        (await client.QueryAsync($"query($id: ID!) {{ order(id: $id) {{ {OrderFields} }} }}", new { id = orderId })).GetProperty("order");

    /// <summary>Polls the order until it has <paramref name="status"/> (notifications arrive in the background); returns it as last read.</summary>
    protected static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string orderId, string status, double timeoutSeconds = 10)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(timeoutSeconds);
        var order = await OrderAsync(client, orderId);
        while (order.GetProperty("status").GetString() != status && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(25);
            order = await OrderAsync(client, orderId);
        }

        return order;
    }

    protected static async Task<JsonElement> IssueRefundAsync(Session admin, string orderId, long? amountFen, string reason = "Operator refund") =>
        (await admin.Client.QueryAsync(
            $"mutation($input: IssueRefundInput!) {{ issueRefund(input: $input) {{ refund {{ number status amount {{ fen }} }} {Failure} }} }}",
            new { input = new { orderId, amountFen, reason } })).GetProperty("issueRefund");

    /// <summary>The admin's payments ledger: totals and the orders that disagree with their entries.</summary>
    protected static async Task<JsonElement> LedgerAsync(Session admin) =>
        (await admin.Client.QueryAsync(
            "{ paymentsLedger { paid { fen } refunded { fen } net { fen } isBalanced inconsistentOrders { orderId expectedFen ledgerFen } } }"))
        .GetProperty("paymentsLedger");

    protected static async Task AssertLedgerBalancedAsync(Session admin, long paidFen, long refundedFen = 0)
    {
        var ledger = await LedgerAsync(admin);
        Assert.Empty(ledger.GetProperty("inconsistentOrders").EnumerateArray());
        Assert.True(ledger.GetProperty("isBalanced").GetBoolean());
        Assert.Equal(paidFen, ledger.GetProperty("paid").GetProperty("fen").GetInt64());
        Assert.Equal(refundedFen, ledger.GetProperty("refunded").GetProperty("fen").GetInt64());
    }

    /// <summary>Sends a system command (a sweep) as the background service does: in a scope of its own.</summary>
    protected async Task<TResult> RunSystemCommandAsync<TResult>(ICommand<TResult> command)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    protected Task<Session> AdminAsync() => SignInAsync(KnowledgePayApp.AdminOpenId);

    protected static string Status(JsonElement order) => order.GetProperty("status").GetString()!;

    protected static string Number(JsonElement order) => order.GetProperty("number").GetString()!;

    protected static string Id(JsonElement order) => order.GetProperty("id").GetString()!;
}
