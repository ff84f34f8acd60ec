using System.Globalization;
using System.Text.Json;

namespace KnowledgePay.GraphQL.BrowserTests.Dashboard;

/// <summary>
/// The dashboard signed in as the demo admin over the seeded demo data, at a laptop's and a phone's width: each chart
/// must hold what the API answers for the same query, and each page leaves a screenshot in the test results.
/// </summary>
public sealed class DashboardTests(DashboardApp app, ChromiumBrowser chromium) : IClassFixture<DashboardApp>, IClassFixture<ChromiumBrowser>
{
    public const int Laptop = 1280;
    public const int Phone = 390;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(Laptop)]
    [InlineData(Phone)]
    public async Task ShowsOverviewFromTheApiWhenDemoAdminSignsIn(int width)
    {
        var (dashboard, api) = await OpenSignedInAsync(width, "overview", withDemoButton: true);
        var range = await dashboard.RangeAsync();

        var overview = (await api.QueryAsync(
            "query($range: AnalyticsRangeInput!) { analyticsOverview(range: $range) { series { start figures { gmvFen netRevenueFen orders } } } }",
            new { range })).GetProperty("analyticsOverview").GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(overview.Select(p => p.GetProperty("figures").GetProperty("gmvFen").GetInt64()), Numbers(await dashboard.SeriesDataAsync("overview-trend", "gmv")));
        Assert.Equal(overview.Select(p => p.GetProperty("figures").GetProperty("netRevenueFen").GetInt64()), Numbers(await dashboard.SeriesDataAsync("overview-trend", "netRevenue")));
        Assert.Equal(overview.Select(p => p.GetProperty("figures").GetProperty("orders").GetInt64()), Numbers(await dashboard.SeriesDataAsync("overview-trend", "orders")));
        var days = (await dashboard.ChartAsync("overview-trend")).GetProperty("xAxis")[0].GetProperty("data").EnumerateArray().Select(d => d.GetString());
        Assert.Equal(overview.Select(p => p.GetProperty("start").GetString()), days);
        Assert.Contains(overview, p => p.GetProperty("figures").GetProperty("gmvFen").GetInt64() > 0);

        var shares = (await api.QueryAsync(
            "query($range: AnalyticsRangeInput!) { revenueBreakdown(range: $range, by: CATEGORY) { label gmvFen } }",
            new { range })).GetProperty("revenueBreakdown").EnumerateArray().ToList();
        var slices = await dashboard.SeriesDataAsync("revenue-breakdown", "gmv");
        Assert.Equal(shares.Select(s => s.GetProperty("label").GetString()), slices.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(shares.Select(s => s.GetProperty("gmvFen").GetInt64()), Numbers(slices));
        Assert.NotEmpty(shares);

        var today = (await api.QueryAsync("{ analyticsToday { today { orders } } }")).GetProperty("analyticsToday");
        Assert.Equal(today.GetProperty("today").GetProperty("orders").GetInt32().ToString(CultureInfo.InvariantCulture),
            (await dashboard.Page.InnerTextAsync("[data-figure='orders'] .value")).Replace(",", "", StringComparison.Ordinal));
        await AssertFitsAsync(dashboard, width, "overview-trend");
        await dashboard.ScreenshotAsync($"overview-{width}");
    }

    [Theory]
    [InlineData(Laptop)]
    [InlineData(Phone)]
    public async Task ShowsFunnelFromTheApiWhenFunnelIsOpened(int width)
    {
        var (dashboard, api) = await OpenSignedInAsync(width, "funnel");
        var range = await dashboard.RangeAsync();

        var steps = (await api.QueryAsync(
            "query($range: AnalyticsRangeInput!) { analyticsFunnel(range: $range) { steps { step users } } }",
            new { range })).GetProperty("analyticsFunnel").GetProperty("steps").EnumerateArray().ToList();
        var data = await dashboard.SeriesDataAsync("funnel", "users");
        Assert.Equal(steps.Select(s => s.GetProperty("step").GetString()), data.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(steps.Select(s => s.GetProperty("users").GetInt64()), Numbers(data));
        Assert.True(steps[0].GetProperty("users").GetInt32() > 0, "The demo data should give the funnel viewers.");
        await AssertFitsAsync(dashboard, width, "funnel");
        await dashboard.ScreenshotAsync($"funnel-{width}");
    }

    [Theory]
    [InlineData(Laptop)]
    [InlineData(Phone)]
    public async Task ShowsCohortHeatMapFromTheApiWhenCohortsAreOpened(int width)
    {
        var (dashboard, api) = await OpenSignedInAsync(width, "cohorts");
        var range = await dashboard.RangeAsync();
        var periods = int.Parse(await dashboard.Page.InputValueAsync("form[data-range] [name='periods']"), CultureInfo.InvariantCulture);

        var cohorts = (await api.QueryAsync(
            "query($range: AnalyticsRangeInput!, $periods: Int!) { analyticsCohorts(range: $range, basis: FIRST_PURCHASE, periods: $periods) { cohorts { start periods { retention } } } }",
            new { range, periods })).GetProperty("analyticsCohorts").GetProperty("cohorts").EnumerateArray().ToList();
        var expected = cohorts.SelectMany((cohort, row) => cohort.GetProperty("periods").EnumerateArray()
            .Select((period, column) => (column, row, period.GetProperty("retention").GetDouble())));
        var cells = (await dashboard.SeriesDataAsync("cohorts", "retention"))
            .Select(cell => (cell[0].GetInt32(), cell[1].GetInt32(), cell[2].GetDouble()));
        Assert.Equal(expected, cells);
        Assert.NotEmpty(cohorts);
        await AssertFitsAsync(dashboard, width, "cohorts");
        await dashboard.ScreenshotAsync($"cohorts-{width}");
    }

    [Theory]
    [InlineData(Laptop)]
    [InlineData(Phone)]
    public async Task ShowsTopCoursesAndDropOffFromTheApiWhenTopCoursesAreOpened(int width)
    {
        var (dashboard, api) = await OpenSignedInAsync(width, "courses");
        var range = await dashboard.RangeAsync();

        var top = (await api.QueryAsync(
            "query($range: AnalyticsRangeInput!) { topCourses(range: $range, by: GMV, first: 10) { course { id title } } }",
            new { range })).GetProperty("topCourses").EnumerateArray().ToList();
        Assert.NotEmpty(top);
        var rows = await dashboard.Page.Locator("[data-panel='top-courses'] tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(top.Select(c => c.GetProperty("course").GetProperty("title").GetString()), rows);

        var lessons = (await api.QueryAsync(
            "query($id: ID!, $range: AnalyticsRangeInput!) { courseStatistics(courseId: $id, range: $range) { dropOff { started completed stoppedHere } } }",
            new { id = top[0].GetProperty("course").GetProperty("id").GetString(), range }))
            .GetProperty("courseStatistics").GetProperty("dropOff").EnumerateArray().ToList();
        foreach (var series in new[] { "started", "completed", "stoppedHere" })
        {
            Assert.Equal(lessons.Select(l => l.GetProperty(series).GetInt64()), Numbers(await dashboard.SeriesDataAsync("drop-off", series)));
        }

        await AssertFitsAsync(dashboard, width, "drop-off");
        await dashboard.ScreenshotAsync($"courses-{width}");
    }

    [Theory]
    [InlineData(Laptop)]
    [InlineData(Phone)]
    public async Task ShowsExperimentIntervalsFromTheApiWhenExperimentsAreOpened(int width)
    {
        var (dashboard, api) = await OpenSignedInAsync(width, "experiments");
        var key = await dashboard.SelectedAsync("experiment");

        var variants = (await api.QueryAsync(
            "query($key: String!) { experimentResults(key: $key) { variants { key conversionRate { value alwaysValid { lower upper } } } } }",
            new { key })).GetProperty("experimentResults").GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(variants.Select(v => v.GetProperty("conversionRate").GetProperty("value").GetDouble()),
            (await dashboard.SeriesDataAsync("experiment-conversion", "value")).Select(d => d.GetDouble()));
        Assert.Equal(variants.Select(v => Interval(v.GetProperty("conversionRate").GetProperty("alwaysValid"))),
            (await dashboard.SeriesDataAsync("experiment-conversion", "interval")).Select(d => Interval(d[1], d[2])));
        await AssertFitsAsync(dashboard, width, "experiment-conversion");
        await dashboard.ScreenshotAsync($"experiments-{width}");
    }

    [Theory]
    [InlineData(Laptop)]
    [InlineData(Phone)]
    public async Task ShowsCampaignLiftFromTheApiWhenCampaignsAreOpened(int width)
    {
        var (dashboard, api) = await OpenSignedInAsync(width, "campaigns");
        var id = await dashboard.SelectedAsync("campaign");

        var results = (await api.QueryAsync(
            "query($id: ID!) { campaignResults(id: $id) { treated { conversionRate { value } } holdout { conversionRate { value } } conversionLift { difference lower upper } } }",
            new { id })).GetProperty("campaignResults");
        var lift = results.GetProperty("conversionLift");
        var values = (await dashboard.SeriesDataAsync("campaign-conversion-lift", "value")).Select(d => d.GetDouble()).ToList();
        Assert.Equal(
            [results.GetProperty("treated").GetProperty("conversionRate").GetProperty("value").GetDouble(),
             results.GetProperty("holdout").GetProperty("conversionRate").GetProperty("value").GetDouble(),
             lift.GetProperty("difference").GetDouble()],
            values);
        var interval = (await dashboard.SeriesDataAsync("campaign-conversion-lift", "interval"))[2];
        Assert.Equal(Interval(lift.GetProperty("lower"), lift.GetProperty("upper")), Interval(interval[1], interval[2]));
        await AssertFitsAsync(dashboard, width, "campaign-conversion-lift");
        await dashboard.ScreenshotAsync($"campaigns-{width}");
    }

    [Fact]
    public async Task RefusesLearnerTokenWithVisibleMessage()
    {
        var learnerToken = await app.LogInAsync("o_demo_learner_01");
        var dashboard = await OpenAsync(Laptop);

        await dashboard.SignInWithTokenAsync(learnerToken);

        await dashboard.Page.Locator("[data-error-code='NOT_AN_ADMIN']").WaitForAsync();
        Assert.True(await dashboard.Page.IsHiddenAsync("#nav"));
        Assert.Null(await dashboard.AccessTokenAsync());
        await dashboard.ScreenshotAsync("learner-refused");
    }

    [Fact]
    public async Task ShowsErrorCodeWhenRangeEndsBeforeItStarts()
    {
        var (dashboard, _) = await OpenSignedInAsync(Laptop, "overview");

        await dashboard.SetRangeAsync("2026-03-10", "2026-03-01");
        await dashboard.SettledAsync("overview");

        Assert.Contains("INVALID_ANALYTICS_RANGE", await dashboard.ErrorCodesAsync());
        Assert.True(await dashboard.Page.Locator("[data-error-code='INVALID_ANALYTICS_RANGE']").First.IsVisibleAsync());
    }

    [Fact]
    public async Task SignsInWithPastedAdminTokenAndForgetsItOnSignOut()
    {
        var adminToken = await app.AdminTokenAsync();
        var dashboard = await OpenAsync(Laptop);

        await dashboard.SignInWithTokenAsync(adminToken);
        await dashboard.SettledAsync("overview");
        Assert.Equal(adminToken, await dashboard.AccessTokenAsync());

        await dashboard.Page.ClickAsync("#sign-out");

        await dashboard.Page.Locator("#token").WaitForAsync();
        Assert.Null(await dashboard.AccessTokenAsync());
    }

    [Fact]
    public async Task ShowsChineseLabelsWhenLanguageIsSwitched()
    {
        var (dashboard, _) = await OpenSignedInAsync(Laptop, "overview", language: "en-US");
        Assert.Equal("GMV", (await dashboard.ChartAsync("overview-trend")).GetProperty("series")[0].GetProperty("name").GetString());

        await dashboard.Page.ClickAsync("#language");
        await dashboard.SettledAsync("overview");

        Assert.Equal("概览", await dashboard.Page.InnerTextAsync("[data-page-link='overview']"));
        Assert.Equal("成交额", (await dashboard.ChartAsync("overview-trend")).GetProperty("series")[0].GetProperty("name").GetString());
        await dashboard.ScreenshotAsync("overview-zh");
    }

    [Fact]
    public async Task ResizesChartsWhenWindowNarrows()
    {
        var (dashboard, _) = await OpenSignedInAsync(Laptop, "overview");

        await dashboard.Page.SetViewportSizeAsync(Phone, 844);

        await dashboard.WaitForChartNarrowerThanAsync("overview-trend", 390);
    }

    private async Task<DashboardPage> OpenAsync(int width, string language = "zh-CN")
    {
        var context = await chromium.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = width == Phone ? 844 : 800 },
            Locale = language,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var dashboard = new DashboardPage(page, app.BaseAddress);
        await dashboard.OpenAsync();
        return dashboard;
    }

    private async Task<(DashboardPage Dashboard, AdminApi Api)> OpenSignedInAsync(
        int width, string pageName, string language = "zh-CN", bool withDemoButton = false)
    {
        var dashboard = await OpenAsync(width, language);
        if (withDemoButton)
        {
            await dashboard.SignInAsDemoAdminAsync();
        }
        else
        {
            await dashboard.SignInWithTokenAsync(await app.AdminTokenAsync());
        }

        await dashboard.GoToAsync(pageName);
        Assert.Empty(await dashboard.ErrorsAsync());
        return (dashboard, new AdminApi(app.BaseAddress, await dashboard.AccessTokenAsync()));
    }

    private static async Task AssertFitsAsync(DashboardPage dashboard, int width, string chart) =>
        Assert.True(await dashboard.IsChartWithinViewportAsync(chart), $"The {chart} chart overflows a {width} px window.");

    private static IEnumerable<long> Numbers(IEnumerable<JsonElement> data) =>
        data.Select(d => d.ValueKind == JsonValueKind.Object ? d.GetProperty("value").GetInt64() : d.GetInt64());

    private static (double?, double?) Interval(JsonElement interval) =>
        interval.ValueKind == JsonValueKind.Null ? (null, null) : Interval(interval.GetProperty("lower"), interval.GetProperty("upper"));

    private static (double?, double?) Interval(JsonElement lower, JsonElement upper) =>
        (lower.ValueKind == JsonValueKind.Number ? lower.GetDouble() : null, upper.ValueKind == JsonValueKind.Number ? upper.GetDouble() : null);
}
