using Microsoft.Playwright;

namespace KnowledgePay.GraphQL.BrowserTests;

/// <summary>The hosted IDE as a person uses it; its selectors live here and nowhere else.</summary>
public sealed class BananaCakePop(IPage page)
{
    private const string OperationEditor = ".monaco-editor";
    private const string RunShortcut = "Control+Enter";

    public async Task OpenAsync(Uri endpoint)
    {
        await page.GotoAsync(endpoint.ToString());
        await page.Locator(OperationEditor).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
    }

    public async Task RunAsync(string operation)
    {
        await page.Locator(OperationEditor).First.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(operation);
        await page.Keyboard.PressAsync(RunShortcut);
    }

    public Task WaitForResultContainingAsync(string text) =>
        page.WaitForFunctionAsync("text => document.body.innerText.includes(text)", text);

    public Task<string> TitleAsync() => page.TitleAsync();
}
