using System.Threading.RateLimiting;
using KnowledgePay.Infrastructure.Redis;
using Microsoft.Extensions.Logging;
using RedisRateLimiting;

namespace KnowledgePay.Infrastructure.RateLimiting;

/// <summary>
/// Makes the deployment's limits: in Redis under <c>Redis:KeyPrefix</c> + <c>rate:</c> + name + partition when Redis
/// is configured (with this node's own limit to fall back on), in this process otherwise. No limit queues: a refusal
/// answers at once.
/// </summary>
internal sealed class SharedRateLimiters(RedisConnection redis, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<SharedRateLimiter>();

    public PartitionedRateLimiter<string> TokenBucket(string name, TokenBucketLimit limit)
    {
        var period = TimeSpan.FromSeconds(1);
        return Create(
            name,
            limit.Burst,
            limit.WhenRedisDown,
            key => RedisRateLimitPartition.GetTokenBucketRateLimiter(key, _ => new RedisTokenBucketRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Multiplexer,
                TokenLimit = limit.Burst,
                TokensPerPeriod = limit.PerSecond,
                ReplenishmentPeriod = period,
            }),
            sharedCheckPartition: null,
            key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.Burst,
                TokensPerPeriod = limit.PerSecond,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>A fixed window of at least two permits (so asking for none can be answered in Redis too).</summary>
    public PartitionedRateLimiter<string> FixedWindow(string name, int permitLimit, TimeSpan window, WhenRedisDown whenRedisDown) =>
        Create(
            name,
            permitLimit,
            whenRedisDown,
            key => RedisFixedWindow(key, permitLimit, window),
            key => RedisFixedWindow(key, permitLimit - 1, window),
            key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = window,
                QueueLimit = 0,
            }));

    private RateLimitPartition<string> RedisFixedWindow(string key, int permitLimit, TimeSpan window) =>
        RedisRateLimitPartition.GetFixedWindowRateLimiter(key, _ => new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis.Multiplexer,
            PermitLimit = permitLimit,
            Window = window,
        });

    private SharedRateLimiter Create(
        string name,
        int maxPermits,
        WhenRedisDown whenRedisDown,
        Func<string, RateLimitPartition<string>> sharedPartition,
        Func<string, RateLimitPartition<string>>? sharedCheckPartition,
        Func<string, RateLimitPartition<string>> perNodePartition)
    {
        string RedisKey(string key) => redis.Key($"rate:{name}:{key}").ToString();
        var shared = redis.IsConfigured
            ? PartitionedRateLimiter.Create<string, string>(key => sharedPartition(RedisKey(key)))
            : null;
        var sharedCheck = redis.IsConfigured && sharedCheckPartition is not null
            ? PartitionedRateLimiter.Create<string, string>(key => sharedCheckPartition(RedisKey(key)))
            : null;
        var perNode = PartitionedRateLimiter.Create<string, string>(perNodePartition);
        return new SharedRateLimiter(shared, sharedCheck, perNode, redis, maxPermits, whenRedisDown, _logger);
    }
}
