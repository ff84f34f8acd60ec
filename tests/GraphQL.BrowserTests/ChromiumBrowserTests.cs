namespace KnowledgePay.GraphQL.BrowserTests;

/// <summary>Tells a broken browser set-up apart from a broken IDE.</summary>
public sealed class ChromiumBrowserTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task RendersPageWhenDebianChromiumIsDriven()
    {
        var page = await chromium.Browser.NewPageAsync();

        await page.SetContentAsync("<html><head><title>知识付费</title></head><body>ok</body></html>");

        Assert.Equal("知识付费", await page.TitleAsync());
    }
}
