using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgePay.GraphQL.BrowserTests.Dashboard;

/// <summary>The dashboard at /admin as an operator uses it; its selectors live here and nowhere else.</summary>
public sealed class DashboardPage(IPage page, Uri baseAddress)
{
    private const string AccessTokenKey = "knowledgepay.dashboard.accessToken";

    public IPage Page => page;

    public async Task OpenAsync()
    {
        await page.GotoAsync(new Uri(baseAddress, "admin").ToString());
        await page.WaitForSelectorAsync("main[data-page]");
    }

    public async Task SignInAsDemoAdminAsync()
    {
        await page.ClickAsync("[data-action='demo-sign-in']");
        await page.WaitForSelectorAsync("#nav:not([hidden])");
    }

    public async Task SignInWithTokenAsync(string accessToken)
    {
        await page.FillAsync("#token", accessToken);
        await page.ClickAsync("form[data-action='token-sign-in'] button[type='submit']");
    }

    public Task<string?> AccessTokenAsync() => page.EvaluateAsync<string?>($"() => sessionStorage.getItem('{AccessTokenKey}')");

    /// <summary>Follows the page's link and waits until every panel on it has loaded or failed.</summary>
    public async Task GoToAsync(string name)
    {
        await page.ClickAsync($"[data-page-link='{name}']");
        await SettledAsync(name);
    }

    public Task SettledAsync(string name) => page.WaitForFunctionAsync(
        """
        name => document.querySelector('main').dataset.page === name
          && document.querySelectorAll('main [data-state]').length > 0
          && document.querySelectorAll('main [data-state="loading"]').length === 0
        """,
        name);

    /// <summary>The code and message of every panel that shows an error.</summary>
    public Task<string[]> ErrorsAsync() =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main .error')].map(e => e.textContent)");

    public Task<string[]> ErrorCodesAsync() =>
        page.Locator("[data-error-code]:visible").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.errorCode)");

    /// <summary>
    /// The chart's option as ECharts holds it (its series and axes), once the chart is drawn: a panel can report settled
    /// a moment before a re-render (another language, range or page) has put its chart back.
    /// </summary>
    public async Task<JsonElement> ChartAsync(string chart)
    {
        var drawn = await page.WaitForFunctionAsync(
            """
            chart => {
              const element = document.querySelector(`[data-chart="${chart}"]`);
              const option = element && echarts.getInstanceByDom(element)?.getOption();
              return option?.series?.length
                ? { series: option.series.map(s => ({ id: s.id, name: s.name, data: s.data })), xAxis: option.xAxis, yAxis: option.yAxis }
                : null;
            }
            """,
            chart);
        return await drawn.JsonValueAsync<JsonElement>();
    }

    /// <summary>Waits until the chart is drawn narrower than <paramref name="width"/> pixels (ECharts resized it).</summary>
    public Task WaitForChartNarrowerThanAsync(string chart, int width) => page.WaitForFunctionAsync(
        """
        ([chart, width]) => {
          const element = document.querySelector(`[data-chart="${chart}"]`);
          const instance = element && echarts.getInstanceByDom(element);
          return instance && instance.getWidth() < width;
        }
        """,
        new object[] { chart, width });

    /// <summary>The series' data: numbers as they are, { value } items by their value, [x, y, v] items as arrays.</summary>
    public async Task<JsonElement[]> SeriesDataAsync(string chart, string seriesId)
    {
        var option = await ChartAsync(chart);
        var series = option.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("id").GetString() == seriesId);
        return [.. series.GetProperty("data").EnumerateArray()];
    }

    /// <summary>The range the page asked for, as the API's AnalyticsRangeInput.</summary>
    public async Task<Dictionary<string, string>> RangeAsync()
    {
        var range = new Dictionary<string, string>
        {
            ["from"] = await page.InputValueAsync("form[data-range] [name='from']"),
            ["to"] = await page.InputValueAsync("form[data-range] [name='to']"),
        };
        var bucket = page.Locator("form[data-range] [name='bucket']");
        if (await bucket.CountAsync() > 0)
        {
            range["bucket"] = await bucket.InputValueAsync();
        }

        return range;
    }

    public Task<string> SelectedAsync(string name) => page.InputValueAsync($"main select[name='{name}']");

    public Task SetRangeAsync(string from, string to) =>
        page.EvaluateAsync(
            """
            ([from, to]) => {
              const form = document.querySelector('form[data-range]');
              form.elements.from.value = from;
              form.elements.to.value = to;
              form.requestSubmit();
            }
            """,
            new[] { from, to });

    public Task<bool> IsChartWithinViewportAsync(string chart) => page.EvaluateAsync<bool>(
        "chart => { const box = document.querySelector(`[data-chart=\"${chart}\"]`).getBoundingClientRect(); return box.width > 0 && box.right <= window.innerWidth + 1; }",
        chart);

    public Task ScreenshotAsync(string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(TestResultsFolder.Screenshots, $"{name}.png"), FullPage = true });
}
