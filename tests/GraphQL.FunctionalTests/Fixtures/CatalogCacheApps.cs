using KnowledgePay.Application.Catalog.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>One node on SQLite with the catalogue cache on, in memory only (no Redis: the single-node default).</summary>
public sealed class CachedSqliteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings =>
        new Dictionary<string, string?>(base.DatabaseSettings) { ["CatalogCache:Enabled"] = "true" };

    /// <summary>Empty tables, and a cache that holds nothing of the previous test's.</summary>
    public override async Task ResetDatabaseAsync()
    {
        await base.ResetDatabaseAsync();
        await this.EmptyCatalogCacheAsync();
    }
}

/// <summary>One node on PostgreSQL with the catalogue cache on, alone in its database, without Redis.</summary>
public sealed class CachedPostgreSqlApp : PostgreSqlApp
{
    protected override string DatabaseName { get; } = $"knowledgepay_cache_{Environment.ProcessId}";

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings =>
        new Dictionary<string, string?>(base.DatabaseSettings) { ["CatalogCache:Enabled"] = "true" };

    public override async Task ResetDatabaseAsync()
    {
        await base.ResetDatabaseAsync();
        await this.EmptyCatalogCacheAsync();
    }
}

internal static class CatalogCacheReset
{
    public static ValueTask EmptyCatalogCacheAsync(this KnowledgePayApp app) =>
        app.Services.GetRequiredService<ICatalogCache>().InvalidateAsync([CatalogCacheTags.All], CancellationToken.None);
}

/// <summary>
/// A node of a deployment whose nodes share one PostgreSQL database (<paramref name="database"/>, created and dropped
/// by the node made with <paramref name="ownsDatabase"/>) and one Redis under <paramref name="redisKeyPrefix"/>, with
/// the catalogue cache on. <paramref name="settings"/> win over all.
/// </summary>
public sealed class PostgreSqlClusterNode(
    string database, string redisKeyPrefix, bool ownsDatabase, IReadOnlyDictionary<string, string?>? settings = null)
    : PostgreSqlApp
{
    protected override string DatabaseName => database;

    protected override bool OwnsDatabase => ownsDatabase;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings
    {
        get
        {
            var all = new Dictionary<string, string?>(base.DatabaseSettings)
            {
                ["CatalogCache:Enabled"] = "true",
                ["Redis:Configuration"] = SharedRedisApp.RedisServer,
                ["Redis:KeyPrefix"] = redisKeyPrefix,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            return all;
        }
    }
}
