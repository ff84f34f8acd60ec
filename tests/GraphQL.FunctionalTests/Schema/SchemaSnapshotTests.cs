using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Schema;

/// <summary>The committed <c>schema.graphql</c> is the API contract: a change to it must be deliberate and reviewed.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SchemaSnapshotTests(SqliteApp app)
{
    [Fact]
    public async Task MatchesCommittedSchemaWhenSchemaIsPrinted()
    {
        var printed = await app.Client.GetStringAsync($"{GraphQLClientExtensions.Endpoint}?sdl");

        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "schema.graphql"));

        Assert.True(
            Normalised(committed) == Normalised(printed),
            "schema.graphql differs from the schema the code builds; export it again and review the change.");
    }

    private static string Normalised(string sdl) => sdl.ReplaceLineEndings("\n").Trim();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KnowledgePay.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("KnowledgePay.sln was not found above the test output.");
    }
}
