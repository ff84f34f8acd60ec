using Microsoft.Playwright;

namespace KnowledgePay.GraphQL.BrowserTests;

/// <summary>The hosted IDE as a person uses it; its selectors live here and nowhere else.</summary>
public sealed class BananaCakePop(IPage page)
{
    private const string CreateDocument = "Create Document";
    private const string OperationEditor = ".monaco-editor";

    // The "Run" code lens appears above an operation once the IDE has parsed it, so clicking it runs what was typed.
    private const string RunCodeLens = ".codelens-decoration a";

    /// <summary>Opens the IDE and waits until its start screen is ready.</summary>
    public async Task OpenAsync(Uri endpoint)
    {
        await page.GotoAsync(endpoint.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = CreateDocument }).WaitForAsync();
    }

    public async Task RunAsync(string operation)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = CreateDocument }).ClickAsync();
        var editor = page.Locator(OperationEditor).First;
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(operation);
        await page.Locator(RunCodeLens, new() { HasTextString = "Run" }).First.ClickAsync();
    }

    /// <summary>Waits until the page shows <paramref name="text"/>; the editors render spaces as no-break spaces.</summary>
    public Task WaitForResultContainingAsync(string text) =>
        page.WaitForFunctionAsync("text => document.body.innerText.replaceAll('\\u00a0', ' ').includes(text)", text);

    public Task<string> TitleAsync() => page.TitleAsync();
}
