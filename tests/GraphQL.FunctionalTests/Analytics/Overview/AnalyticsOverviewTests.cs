using KnowledgePay.Domain.Analytics;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Overview;

/// <summary>
/// <c>analyticsOverview</c> through /graphql over one small March of a business in Beijing time, every figure computed by
/// hand from the rows described on <see cref="BusinessData.MarchAsync"/>.
/// </summary>
public abstract class AnalyticsOverviewTests(KnowledgePayApp app) : FunctionalTest(app)
{
    internal const string FigureFields = "gmvFen refundedFen netRevenueFen orders payingUsers averageOrderValueFen refundRate newUsers activeLearners";

    private const string OverviewQuery = $$"""
        query($range: AnalyticsRangeInput!) {
          analyticsOverview(range: $range) { timeZone totals { {{FigureFields}} } series { start end figures { {{FigureFields}} } } }
        }
        """;

    [Fact]
    public async Task DaysAreCutInBeijingTimeAndTotalsCountDistinctUsersOnce()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);

        var overview = (await admin.Client.QueryAsync(OverviewQuery, new { range = new { from = "2026-03-10", to = "2026-03-12" } }))
            .GetProperty("analyticsOverview");

        Assert.Equal("Asia/Shanghai", overview.GetProperty("timeZone").GetString());
        var series = overview.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["2026-03-10", "2026-03-11", "2026-03-12"], series.Select(p => p.GetProperty("start").GetString()));
        Assert.Equal(["2026-03-10", "2026-03-11", "2026-03-12"], series.Select(p => p.GetProperty("end").GetString()));
        Assert.Equal(new Figures(10000, 0, 10000, 1, 1, 10000, 0.0, 1, 1), Figures.Read(series[0].GetProperty("figures")));
        Assert.Equal(new Figures(19000, 0, 19000, 2, 2, 9500, 0.0, 1, 2), Figures.Read(series[1].GetProperty("figures")));
        Assert.Equal(new Figures(0, 2000, -2000, 0, 0, null, null, 0, 0), Figures.Read(series[2].GetProperty("figures")));
        Assert.Equal(new Figures(29000, 2000, 27000, 3, 2, 9667, 2000.0 / 29000, 2, 2), Figures.Read(overview.GetProperty("totals")));
    }

    [Fact]
    public async Task ARangeInUtcPutsTheLateBeijingOrdersOnTheSameDay()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);

        var overview = (await admin.Client.QueryAsync(OverviewQuery, new { range = new { from = "2026-03-10", to = "2026-03-10", timeZone = "UTC" } }))
            .GetProperty("analyticsOverview");

        Assert.Equal("UTC", overview.GetProperty("timeZone").GetString());
        var day = Assert.Single(overview.GetProperty("series").EnumerateArray()).GetProperty("figures");
        Assert.Equal(new Figures(16000, 0, 16000, 2, 1, 8000, 0.0, 2, 1), Figures.Read(day));
    }

    [Fact]
    public async Task WeeksStartOnMondayAndCountRefundsWhenTheyComplete()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);

        var overview = (await admin.Client.QueryAsync(OverviewQuery, new { range = new { from = "2026-03-02", to = "2026-03-15", bucket = "WEEK" } }))
            .GetProperty("analyticsOverview");

        var series = overview.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal([("2026-03-02", "2026-03-08"), ("2026-03-09", "2026-03-15")], series.Select(p => (p.GetProperty("start").GetString(), p.GetProperty("end").GetString())));
        Assert.Equal(new Figures(0, 1000, -1000, 0, 0, null, null, 0, 0), Figures.Read(series[0].GetProperty("figures")));
        Assert.Equal(new Figures(29000, 2000, 27000, 3, 2, 9667, 2000.0 / 29000, 3, 2), Figures.Read(series[1].GetProperty("figures")));
    }

    [Fact]
    public async Task MonthsSumMoneyButCountUsersOverTheWholeRange()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);

        var overview = (await admin.Client.QueryAsync(OverviewQuery, new { range = new { from = "2026-02-01", to = "2026-03-31", bucket = "MONTH" } }))
            .GetProperty("analyticsOverview");

        var series = overview.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal([("2026-02-01", "2026-02-28"), ("2026-03-01", "2026-03-31")], series.Select(p => (p.GetProperty("start").GetString(), p.GetProperty("end").GetString())));
        Assert.Equal(new Figures(9000, 0, 9000, 1, 1, 9000, 0.0, 1, 1), Figures.Read(series[0].GetProperty("figures")));
        Assert.Equal(new Figures(33000, 3000, 30000, 4, 3, 8250, 3000.0 / 33000, 3, 2), Figures.Read(series[1].GetProperty("figures")));
        Assert.Equal(new Figures(42000, 3000, 39000, 5, 4, 8400, 3000.0 / 42000, 4, 3), Figures.Read(overview.GetProperty("totals")));
    }

    [Fact]
    public async Task TheStatementsDoNotGrowWithTheNumberOfBuckets()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await BusinessData.MarchAsync(App);
        await StatementsAsync(admin, new { from = "2026-03-10", to = "2026-03-10" }); // warm-up: a session's first request costs one statement more

        var threeDays = await StatementsAsync(admin, new { from = "2026-03-10", to = "2026-03-12" });
        var aYear = await StatementsAsync(admin, new { from = "2025-04-01", to = "2026-03-31" });

        Assert.Equal(threeDays, aYear);
    }

    [Theory]
    [InlineData("2026-03-12", "2026-03-10", "DAY", null, AnalyticsErrors.InvalidRangeCode)]
    [InlineData("2026-03-01", "2026-03-10", "MONTH", null, AnalyticsErrors.BucketLongerThanRangeCode)]
    [InlineData("2024-01-01", "2026-03-10", "MONTH", null, AnalyticsErrors.RangeTooLongCode)]
    [InlineData("2026-03-01", "2026-03-10", "DAY", "Mars/Olympus", AnalyticsErrors.UnknownTimeZoneCode)]
    public async Task ABadRangeIsATypedError(string from, string to, string bucket, string? timeZone, string code)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var response = await admin.Client.PostGraphQLAsync(OverviewQuery, new { range = new { from, to, bucket, timeZone } });

        Assert.Equal([code], response.ErrorCodes);
    }

    private async Task<int> StatementsAsync(Session admin, object range)
    {
        App.SqlCommands.Reset();
        await admin.Client.QueryAsync(OverviewQuery, new { range });
        return App.SqlCommands.Count;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnalyticsOverviewTestsOnSqlite(SqliteApp app) : AnalyticsOverviewTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AnalyticsOverviewTestsOnPostgreSql(PostgreSqlApp app) : AnalyticsOverviewTests(app);
