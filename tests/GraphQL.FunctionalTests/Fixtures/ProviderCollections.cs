namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>Tests on one provider share its host and run one after another, so database resets never race.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlApp>
{
    public const string Name = "PostgreSQL";
}
