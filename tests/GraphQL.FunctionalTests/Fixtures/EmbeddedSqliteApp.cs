namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>The out-of-the-box configuration: default provider and file, demo data seeded on start.</summary>
public sealed class EmbeddedSqliteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Storage:DataFolder"] = DataFolder,
        ["Database:SeedDemoData"] = "true",
    };
}
