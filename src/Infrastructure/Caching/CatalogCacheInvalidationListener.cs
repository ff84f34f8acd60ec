using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Infrastructure.Redis;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgePay.Infrastructure.Caching;

/// <summary>
/// Applies the other nodes' catalogue invalidations to this node's cache. StackExchange.Redis renews the subscription
/// after a reconnect, but what was sent meanwhile is lost, so a node whose connection comes back drops its whole catalogue.
/// Idle without Redis (one node: every invalidation is local) or with the cache off.
/// </summary>
internal sealed class CatalogCacheInvalidationListener(
    [FromKeyedServices(CatalogCacheServices.Key)] HybridCache cache,
    CatalogCacheBroadcast broadcast,
    RedisConnection redis,
    IOptions<CatalogCacheOptions> options,
    ILogger<CatalogCacheInvalidationListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!redis.IsConfigured || !options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SubscribeAsync();
                return;
            }
            catch (RedisException exception)
            {
                logger.LogWarning(exception, "Not subscribed to catalogue invalidations yet; trying again in {Delay}.", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private async Task SubscribeAsync()
    {
        var multiplexer = redis.Multiplexer;
        await multiplexer.GetSubscriber().SubscribeAsync(broadcast.Channel, (_, message) =>
        {
            if (broadcast.TagsFromOthers(message) is { Count: > 0 } tags)
            {
                Forget(cache.RemoveByTagAsync(tags));
            }
        });
        multiplexer.ConnectionRestored += (_, _) => Forget(cache.RemoveByTagAsync(CatalogCacheTags.All));
    }

    private void Forget(ValueTask removal)
    {
        if (!removal.IsCompletedSuccessfully)
        {
            _ = LogFailureAsync(removal);
        }
    }

    private async Task LogFailureAsync(ValueTask removal)
    {
        try
        {
            await removal;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A catalogue invalidation from another node could not be applied.");
        }
    }
}
