using KnowledgePay.Infrastructure.Data.Providers;
using KnowledgePay.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Data;

/// <summary>The <c>Database</c> section and the provider's entry under <c>ConnectionStrings</c>.</summary>
internal sealed record DatabaseOptions(
    DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup, bool SeedDemoData)
{
    public static DatabaseOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Database");
        var provider = ParseProvider(section["Provider"]);
        var connectionString = configuration.GetConnectionString(provider.ToString())
            ?? (provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(DataFolder.Prepare(configuration, environment), "knowledgepay.db")}"
                : throw new InvalidOperationException($"ConnectionStrings:{provider} is required when Database:Provider is {provider}."));
        if (provider == DatabaseProvider.Sqlite)
        {
            SqliteAppDbContext.CreatePrivateFile(connectionString);
        }

        return new DatabaseOptions(
            provider,
            connectionString,
            section.GetValue("MigrateOnStartup", defaultValue: true),
            section.GetValue("SeedDemoData", defaultValue: true));
    }

    private static DatabaseProvider ParseProvider(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? DatabaseProvider.Sqlite
            : Enum.GetValues<DatabaseProvider>().Cast<DatabaseProvider?>()
                .SingleOrDefault(p => string.Equals(p.ToString(), name, StringComparison.OrdinalIgnoreCase))
              ?? throw new InvalidOperationException(
                  $"Database:Provider '{name}' is not supported; use {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
}
