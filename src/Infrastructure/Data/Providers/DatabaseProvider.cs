namespace KnowledgePay.Infrastructure.Data.Providers;

/// <summary>The database behind <see cref="AppDbContext"/>, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
