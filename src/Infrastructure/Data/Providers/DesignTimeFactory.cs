using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KnowledgePay.Infrastructure.Data.Providers;

/// <summary>
/// Lets <c>dotnet ef</c> build a provider's context without the web host. The connection string is only used by
/// commands that reach a server (<c>database update</c>); adding migrations and scripting them never connect.
/// </summary>
internal abstract class DesignTimeFactory<TContext>(
    Action<DbContextOptionsBuilder, string> useProvider,
    Func<DbContextOptions<TContext>, TContext> create,
    string connectionString) : IDesignTimeDbContextFactory<TContext>
    where TContext : AppDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        useProvider(options, connectionString);
        return create(options.Options);
    }
}

internal sealed class SqliteDesignTimeFactory() : DesignTimeFactory<SqliteAppDbContext>(
    SqliteAppDbContext.Use, options => new(options), "Data Source=.data/knowledgepay.db");

internal sealed class PostgreSqlDesignTimeFactory() : DesignTimeFactory<PostgreSqlAppDbContext>(
    PostgreSqlAppDbContext.Use, options => new(options),
    "Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay;Database=knowledgepay");

internal sealed class SqlServerDesignTimeFactory() : DesignTimeFactory<SqlServerAppDbContext>(
    SqlServerAppDbContext.Use, options => new(options),
    "Server=localhost;Database=KnowledgePay;Integrated Security=true;TrustServerCertificate=true");
