namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>The host configured for SQL Server without touching a server: enough to turn its migrations into SQL.</summary>
public sealed class SqlServerApp : KnowledgePayApp
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "SqlServer",
        ["ConnectionStrings:SqlServer"] = "Server=sqlserver.invalid;Database=knowledgepay;User Id=sa;Password=unused;TrustServerCertificate=true",
        ["Database:MigrateOnStartup"] = "false",
    };
}
