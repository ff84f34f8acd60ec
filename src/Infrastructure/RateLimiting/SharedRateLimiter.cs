using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;
using KnowledgePay.Infrastructure.Redis;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace KnowledgePay.Infrastructure.RateLimiting;

/// <summary>
/// A limit every node of the deployment counts against together, in Redis (RedisRateLimiting's Lua scripts), or in
/// this process on a single node. While Redis is unreachable it behaves as <see cref="WhenRedisDown"/> says, without
/// waiting for a timeout: a disconnected multiplexer is not asked. Requests for more permits than the limit holds
/// take the whole limit. Refused leases report <see cref="MetadataName.RetryAfter"/> on either backend.
/// Asking for no permit answers whether any is left, as the in-process limiters do; RedisRateLimiting's fixed window
/// grants a count equal to its limit, so those questions go to <paramref name="sharedCheck"/>, the same Redis counter
/// checked against one permit less.
/// </summary>
internal sealed class SharedRateLimiter(
    PartitionedRateLimiter<string>? shared,
    PartitionedRateLimiter<string>? sharedCheck,
    PartitionedRateLimiter<string> perNode,
    RedisConnection redis,
    int maxPermits,
    WhenRedisDown whenRedisDown,
    ILogger logger) : PartitionedRateLimiter<string>
{
    private static readonly TimeSpan RefusedWhileDownRetryAfter = TimeSpan.FromSeconds(5);

    public override RateLimiterStatistics? GetStatistics(string resource) => perNode.GetStatistics(resource);

    /// <summary>Synchronous callers (ASP.NET Core's limiter tries this first) wait for Redis on their thread.</summary>
    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount) => shared is null
        ? perNode.AttemptAcquire(resource, Math.Min(permitCount, maxPermits))
        : AcquireAsyncCore(resource, permitCount, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        var permits = Math.Min(permitCount, maxPermits);
        if (shared is not null)
        {
            if (redis.Multiplexer.IsConnected)
            {
                try
                {
                    var limiter = permits == 0 && sharedCheck is not null ? sharedCheck : shared;
                    return new SharedLease(await limiter.AcquireAsync(resource, permits, cancellationToken));
                }
                catch (RedisException exception)
                {
                    logger.LogWarning(exception, "Redis failed while acquiring a rate-limit lease; acting as {WhenRedisDown}.", whenRedisDown);
                }
            }

            if (whenRedisDown == WhenRedisDown.Refuse)
            {
                return new RefusedLease(RefusedWhileDownRetryAfter);
            }
        }

        // No per-node limit queues, so trying answers at once; AcquireAsync would queue a request for no permit
        // until the window resets instead of saying that none is left.
        return perNode.AttemptAcquire(resource, permits);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared?.Dispose();
            sharedCheck?.Dispose();
            perNode.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A Redis lease that also answers <see cref="MetadataName.RetryAfter"/> (RedisRateLimiting names it its own way, in seconds).</summary>
    private sealed class SharedLease(RateLimitLease inner) : RateLimitLease
    {
        private static readonly MetadataName<int> RedisRetryAfter = MetadataName.Create<int>("RATELIMIT_RETRYAFTER");

        public override bool IsAcquired => inner.IsAcquired;

        public override IEnumerable<string> MetadataNames => inner.MetadataNames.Append(MetadataName.RetryAfter.Name);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (metadataName == MetadataName.RetryAfter.Name && inner.TryGetMetadata(RedisRetryAfter, out var seconds))
            {
                metadata = TimeSpan.FromSeconds(Math.Max(seconds, 1));
                return true;
            }

            return inner.TryGetMetadata(metadataName, out metadata);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }

    private sealed class RefusedLease(TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, [NotNullWhen(true)] out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
