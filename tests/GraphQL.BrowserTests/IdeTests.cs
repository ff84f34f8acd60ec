namespace KnowledgePay.GraphQL.BrowserTests;

public sealed class IdeTests(IdeApp app, ChromiumBrowser chromium) : IClassFixture<IdeApp>, IClassFixture<ChromiumBrowser>
{
    // As the dashboard's: in a full run the browser test classes share two cores, and the page's "load" waits for the
    // IDE's deferred bundles to run — once, two navigations here took over 30 s while passing in 11 s alone.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ShowsBananaCakePopWhenBrowserOpensGraphQL()
    {
        var ide = await OpenIdeAsync();

        Assert.Contains("Banana Cake Pop", await ide.TitleAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShowsCourseDataWhenQueryIsRunInTheIde()
    {
        var ide = await OpenIdeAsync();

        await ide.RunAsync("{ courses(first: 5) { nodes { title } } }");

        await ide.WaitForResultContainingAsync(IdeApp.CourseTitle);
    }

    private async Task<BananaCakePop> OpenIdeAsync()
    {
        var page = await chromium.Browser.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var ide = new BananaCakePop(page);
        await ide.OpenAsync(new Uri(app.BaseAddress, "/graphql"));
        return ide;
    }
}
