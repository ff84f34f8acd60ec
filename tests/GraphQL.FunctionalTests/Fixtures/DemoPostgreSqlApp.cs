namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>The out-of-the-box configuration on PostgreSQL: demo data seeded on start, in a database of its own.</summary>
public sealed class DemoPostgreSqlApp : PostgreSqlApp
{
    // One database per fixture: two test classes on the demo data run in parallel, and each drops and re-creates its own.
    protected override string DatabaseName { get; } = $"knowledgepay_demo_{Environment.ProcessId}_{Guid.NewGuid():N}";

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings =>
        new Dictionary<string, string?>(base.DatabaseSettings) { ["Database:SeedDemoData"] = "true" };
}
