using System.Text.Json;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;

namespace KnowledgePay.GraphQL.FunctionalTests.Wallets;

/// <summary>
/// The balance through the API as the mini program uses it: topUp → checkout(WECHAT_PAY) → the simulator pays and notifies;
/// checkout(BALANCE) pays at once. The app's bonus tiers (appsettings.json): ¥100 earns ¥10, ¥500 earns ¥80.
/// </summary>
public abstract class WalletTest(KnowledgePayApp app) : OrdersTest(app)
{
    public const string WalletFields = """
        id balance { fen } paidBalance { fen } bonusBalance { fen }
        entries(first: 50) { nodes { kind amount { fen } bonus { fen } balanceAfter { fen } order { id } reason } }
        """;

    private const string Failure = "errors { __typename ... on Error { code message } }";

    protected static async Task<JsonElement> TopUpAsync(Session user, long amountFen, string? clientKey = null) =>
        (await user.Client.QueryAsync(
            $"mutation($input: TopUpInput!) {{ topUp(input: $input) {{ topUp {{ id amount {{ fen }} bonus {{ fen }} status order {{ id number status }} }} {Failure} }} }}",
            new { input = new { amountFen, clientKey = clientKey ?? $"topup-{Guid.NewGuid():N}" } })).GetProperty("topUp");

    /// <summary>Tops up through WeChat Pay (checkout, the simulator pays, the notification settles); returns the top-up's order.</summary>
    protected async Task<JsonElement> PaidTopUpAsync(Session user, long amountFen)
    {
        var topUp = await TopUpAsync(user, amountFen);
        Assert.Empty(topUp.PayloadErrors());
        var order = topUp.GetProperty("topUp").GetProperty("order");
        Assert.Empty((await CheckoutAsync(user, Id(order))).PayloadErrors());
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(user.Client, Id(order), "PAID")));
        return order;
    }

    protected static async Task<JsonElement> PayWithBalanceAsync(Session buyer, string orderId, string? idempotencyKey = null) =>
        (await buyer.Client.QueryAsync(
            $$"""
            mutation($input: CheckoutInput!) {
              checkout(input: $input) { order { status } payment { __typename ... on BalancePayment { balance { fen } } } {{Failure}} }
            }
            """,
            new { input = new { orderId, method = "BALANCE", idempotencyKey = idempotencyKey ?? $"pay-{Guid.NewGuid():N}" } }))
        .GetProperty("checkout");

    protected static async Task<JsonElement> MyWalletAsync(Session user) =>
        (await user.Client.QueryAsync($"{{ myWallet {{ {WalletFields} }} }}")).GetProperty("myWallet");

    protected static async Task<JsonElement> AdjustAsync(Session admin, string userId, long amountFen, string clientKey, string reason = "Goodwill") =>
        (await admin.Client.QueryAsync(
            $"mutation($input: AdjustWalletInput!) {{ adjustWallet(input: $input) {{ wallet {{ {WalletFields} }} {Failure} }} }}",
            new { input = new { userId, amountFen, reason, clientKey } })).GetProperty("adjustWallet");

    /// <summary>(paid, bonus) of the wallet.</summary>
    protected static (long Paid, long Bonus) Pots(JsonElement wallet) =>
        (wallet.GetProperty("paidBalance").GetProperty("fen").GetInt64(), wallet.GetProperty("bonusBalance").GetProperty("fen").GetInt64());

    protected static IReadOnlyList<(string Kind, long Amount, long Bonus, long BalanceAfter)> Entries(JsonElement wallet) =>
        [.. wallet.GetProperty("entries").GetProperty("nodes").EnumerateArray().Select(e => (
            e.GetProperty("kind").GetString()!,
            e.GetProperty("amount").GetProperty("fen").GetInt64(),
            e.GetProperty("bonus").GetProperty("fen").GetInt64(),
            e.GetProperty("balanceAfter").GetProperty("fen").GetInt64()))];

    /// <summary>The double-entry books, posted from the wallet's and the orders' events, balance.</summary>
    protected static async Task AssertBooksBalancedAsync(Session admin)
    {
        var books = (await admin.Client.QueryAsync("{ books { balanced problems { kind message reference } } }")).GetProperty("books");
        Assert.True(books.GetProperty("balanced").GetBoolean(), books.ToString());
    }

    protected static string CourseId(Guid id) => GlobalId.Encode("Course", id);
}
