using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Overview;

/// <summary>
/// <c>revenueBreakdown</c> over March of <see cref="BusinessData.MarchAsync"/>: lines sold are Go 10,000 (L1, organic),
/// Design 6,000 (L1, referred), Design 5,000 + a bundle 8,000 (L2, campaign, balance) and Go 4,000 (L3, shared link);
/// refunds completed are 2,000 of L1's Design and 1,000 of L4's February Go (organic). Each dimension adds up to 33,000.
/// </summary>
public abstract class RevenueBreakdownTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string BreakdownQuery = """
        query($by: RevenueDimension!) {
          revenueBreakdown(range: { from: "2026-03-01", to: "2026-03-31" }, by: $by) { key label gmvFen netRevenueFen orders payingUsers }
        }
        """;

    [Fact]
    public async Task CategoriesTakeTheirCoursesLinesAndBundlesStandApart()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);
        var ids = await App.ReadAsync(db => db.Categories.ToDictionaryAsync(c => c.Name, c => c.Id.ToString()));

        var shares = await BreakdownAsync(admin, "CATEGORY");

        Assert.Equal(
            [
                new Share(ids["编程"], "编程", 14000, 13000, 2, 2),
                new Share(ids["设计"], "设计", 11000, 9000, 2, 2),
                new Share("NOT_A_COURSE", "Bundles and memberships", 8000, 8000, 1, 1),
            ],
            shares);
    }

    [Fact]
    public async Task CreatorsAreNamed()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);

        var shares = await BreakdownAsync(admin, "CREATOR");

        Assert.Equal(
            [("Alice", 14000L, 13000L, 2, 2), ("Bob", 11000L, 9000L, 2, 2), ("Bundles and memberships", 8000L, 8000L, 1, 1)],
            shares.Select(s => (s.Label, s.GmvFen, s.NetRevenueFen, s.Orders, s.PayingUsers)));
    }

    [Fact]
    public async Task OfferKindsAddUpToTheRangesGmvWithoutTopUps()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);

        var shares = await BreakdownAsync(admin, "OFFER_KIND");

        Assert.Equal([new Share("Course", "Course", 25000, 22000, 4, 3), new Share("Bundle", "Bundle", 8000, 8000, 1, 1)], shares);
    }

    [Fact]
    public async Task PaymentMethodsAreTheOrdersChannels()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);

        var shares = await BreakdownAsync(admin, "PAYMENT_METHOD");

        Assert.Equal(
            [new Share("WeChatPayJsapi", "WeChatPayJsapi", 20000, 17000, 3, 2), new Share("Balance", "Balance", 13000, 13000, 1, 1)],
            shares);
    }

    [Fact]
    public async Task ChannelsAreCampaignThenReferralOrSharedLinkThenOrganic()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);

        var shares = await BreakdownAsync(admin, "CHANNEL");

        Assert.Equal(
            [
                new Share("Campaign", "Campaign", 13000, 13000, 1, 1),
                new Share("Organic", "Organic", 10000, 9000, 1, 1),
                new Share("SharedLink", "Shared link / referral", 10000, 8000, 2, 2),
            ],
            shares);
    }

    private static async Task<List<Share>> BreakdownAsync(Session admin, string by) =>
        [.. (await admin.Client.QueryAsync(BreakdownQuery, new { by })).GetProperty("revenueBreakdown").EnumerateArray().Select(Share.Read)];

    private sealed record Share(string Key, string Label, long GmvFen, long NetRevenueFen, int Orders, int PayingUsers)
    {
        public static Share Read(JsonElement share) => new(
            share.GetProperty("key").GetString()!,
            share.GetProperty("label").GetString()!,
            share.GetProperty("gmvFen").GetInt64(),
            share.GetProperty("netRevenueFen").GetInt64(),
            share.GetProperty("orders").GetInt32(),
            share.GetProperty("payingUsers").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RevenueBreakdownTestsOnSqlite(SqliteApp app) : RevenueBreakdownTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class RevenueBreakdownTestsOnPostgreSql(PostgreSqlApp app) : RevenueBreakdownTests(app);
