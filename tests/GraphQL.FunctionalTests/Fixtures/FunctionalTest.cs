using KnowledgePay.GraphQL.FunctionalTests.TestData;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

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

    /// <summary>Adds courses by one creator in one category, each shaped by the caller: <c>c => c.Titled("Go").Published()</c>.</summary>
    protected async Task AddCoursesAsync(params Func<CourseBuilder, CourseBuilder>[] shapes)
    {
        var creator = ACreator();
        var category = ACategory();
        await App.AddAsync([creator, category, .. shapes.Select(shape => shape(ACourse().By(creator).In(category)).Build())]);
    }
}
