namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>The out-of-the-box configuration on PostgreSQL: demo data seeded on start, in a database of its own.</summary>
public sealed class DemoPostgreSqlApp : PostgreSqlApp
{
    protected override string DatabaseName { get; } = $"knowledgepay_demo_{Environment.ProcessId}";

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings =>
        new Dictionary<string, string?>(base.DatabaseSettings) { ["Database:SeedDemoData"] = "true" };
}
