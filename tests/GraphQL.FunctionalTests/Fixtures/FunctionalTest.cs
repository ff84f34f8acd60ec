namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>Base of provider-independent tests: each starts on empty tables of its provider's host.</summary>
public abstract class FunctionalTest(KnowledgePayApp app) : IAsyncLifetime
{
    protected KnowledgePayApp App { get; } = app;

    protected HttpClient Client => App.Client;

    public async Task InitializeAsync()
    {
        await App.ResetDatabaseAsync();
        App.SqlFault.Armed = false;
        App.SqlCommands.Reset();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
