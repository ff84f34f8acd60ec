using KnowledgePay.Infrastructure.Redis;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace KnowledgePay.Infrastructure.Caching;

/// <summary>
/// Carries catalogue invalidations to the other nodes over Redis pub/sub (channel
/// <c>&lt;Redis:KeyPrefix&gt;catalog:invalidations</c>), each message "sender tag tag…". HybridCache's memory level is
/// per node, so a removal on the node that handled the event must be repeated on every other one.
/// </summary>
internal sealed class CatalogCacheBroadcast(RedisConnection redis, ILogger<CatalogCacheBroadcast> logger)
{
    /// <summary>This process, so it skips its own messages (it removed those entries already).</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public RedisChannel Channel => RedisChannel.Literal(redis.Key("catalog:invalidations").ToString());

    /// <summary>
    /// Best effort: with Redis down the message is dropped and logged (not retried: the other nodes' entries expire within
    /// <see cref="CatalogCacheOptions.LocalExpiry"/>, and a node that lost Redis drops its whole catalogue when it is back).
    /// </summary>
    public async ValueTask PublishAsync(IReadOnlyCollection<string> tags)
    {
        if (!redis.IsConfigured)
        {
            return;
        }

        if (!redis.Multiplexer.IsConnected)
        {
            logger.LogWarning("Redis is unreachable: catalogue invalidation of {Tags} not sent to the other nodes.", tags);
            return;
        }

        try
        {
            await redis.Multiplexer.GetSubscriber().PublishAsync(Channel, string.Join(' ', tags.Prepend(NodeId)));
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Catalogue invalidation of {Tags} not sent to the other nodes.", tags);
        }
    }

    /// <summary>The tags of a message another node sent; none for this node's own.</summary>
    public IReadOnlyList<string> TagsFromOthers(RedisValue message)
    {
        var parts = message.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 || parts[0] == NodeId ? [] : parts[1..];
    }
}
