using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Infrastructure.Redis;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Caching;

/// <summary>
/// <see cref="ICatalogCache"/> on HybridCache: each node's memory first, then Redis when <c>Redis:Configuration</c> is set
/// (memory only otherwise). While Redis is unreachable entries stay in memory, so a read never waits for a Redis time-out.
/// </summary>
internal sealed class HybridCatalogCache(
    [FromKeyedServices(CatalogCacheServices.Key)] HybridCache cache,
    CatalogCacheBroadcast broadcast,
    RedisConnection redis,
    IOptions<CatalogCacheOptions> options) : ICatalogCache
{
    private readonly HybridCacheEntryOptions _shared = new()
    {
        Expiration = options.Value.Expiry,
        LocalCacheExpiration = options.Value.LocalExpiry,
    };

    private readonly HybridCacheEntryOptions _localOnly = new()
    {
        Expiration = options.Value.LocalExpiry,
        LocalCacheExpiration = options.Value.LocalExpiry,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    public async ValueTask<T> GetOrReadAsync<T>(
        string key, IEnumerable<string> tags, Func<CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return await read(cancellationToken);
        }

        var entry = await cache.GetOrCreateAsync(
            key, read, static async (read, ct) => new CatalogCacheEntry<T>(await read(ct)), RedisReachable ? _shared : _localOnly, tags,
            cancellationToken);
        return entry.Value;
    }

    public async ValueTask InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await cache.RemoveByTagAsync(tags, cancellationToken);
        await broadcast.PublishAsync(tags);
    }

    private bool RedisReachable => !redis.IsConfigured || redis.Multiplexer.IsConnected;
}
