using System.Text.Json;
using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>The risk review queue as an admin reads and decides it, and the purchases and refunds that feed its rules.</summary>
public abstract class RiskTest(KnowledgePayApp app) : OrdersTest(app)
{
    public const string FlagFields = """
        id rule userId subject evidence restriction status raisedAt lastSeenAt occurrences reviewedBy reviewedAt reviewNote
        """;

    protected static async Task<IReadOnlyList<JsonElement>> FlagsAsync(Session admin, string arguments = "") =>
        (await admin.Client.QueryAsync($"{{ riskFlags{(arguments.Length > 0 ? $"({arguments})" : "")} {{ nodes {{ {FlagFields} }} }} }}"))
        .Nodes("riskFlags");

    protected static async Task<JsonElement> ReviewAsync(Session admin, string flagId, string decision, string note = "Checked the orders") =>
        (await admin.Client.QueryAsync(
            $"mutation($input: ReviewRiskFlagInput!) {{ reviewRiskFlag(input: $input) {{ flag {{ {FlagFields} }} errors {{ __typename ... on Error {{ code }} }} }} }}",
            new { input = new { id = flagId, decision, note } })).GetProperty("reviewRiskFlag");

    protected static async Task<IReadOnlyList<string?>> RestrictionsAsync(Session learner) =>
        [.. (await learner.Client.QueryAsync("{ me { restrictions } }")).GetProperty("me").GetProperty("restrictions")
            .EnumerateArray().Select(r => r.GetString())];

    protected static async Task<JsonElement> RequestRefundAsync(Session buyer, string orderId) =>
        (await buyer.Client.QueryAsync(
            """
            mutation($input: RequestRefundInput!) {
              requestRefund(input: $input) { refund { amount { fen } } errors { __typename ... on Error { code } } }
            }
            """,
            new { input = new { orderId, reason = "Not what I expected" } })).GetProperty("requestRefund");

    protected async Task<JsonElement> PaidOrderAsync(Session buyer, Guid courseId)
    {
        var order = await CheckedOutOrderAsync(buyer, courseId);
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        return order;
    }

    /// <summary>The learner buys a new course, asks for the refund and gets it; the after-commit rules then run.</summary>
    protected async Task<JsonElement> BuyAndRefundAsync(Session buyer)
    {
        var course = await AddPaidCourseAsync();
        var order = await PaidOrderAsync(buyer, course.Id);
        Assert.Empty((await RequestRefundAsync(buyer, Id(order))).PayloadErrors());
        Assert.Equal("REFUNDED", Status(await WaitForStatusAsync(buyer.Client, Id(order), "REFUNDED")));
        await App.DrainOutboxAsync();
        return order;
    }

    /// <summary>Stores an open flag as a rule would raise it; returns its global id.</summary>
    protected async Task<string> SeedFlagAsync(RiskRule rule, string? userId, string subject, RiskRestriction restriction = RiskRestriction.None)
    {
        var flag = RiskFlag.Raise(
            rule, userId is null ? null : GlobalId.Decode(userId).Id, subject, """{"seeded":true}""", restriction, App.Clock.GetUtcNow());
        await App.AddAsync(flag);
        return GlobalId.Encode("RiskFlag", flag.Id);
    }

    /// <summary>Moves the app's clock and the simulated WeChat's together (WeChat Pay checks timestamps by its own clock).</summary>
    protected async Task AdvanceAsync(TimeSpan by)
    {
        App.Clock.Advance(by);
        await App.WeChat.AdvanceClockAsync(by.TotalSeconds);
    }

    protected static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
