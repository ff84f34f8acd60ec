using System.Text.Json;
using KnowledgePay.Infrastructure.Redis;
using Medallion.Threading.Redis;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary>
/// The stable access token every node of the deployment uses, in Redis under <c>wechat:stable-token</c>, renewed by one
/// node at a time under the Redis lock <c>wechat:stable-token:renewal</c> (DistributedLock.Redis, a Redlock-style lease
/// that expires if its holder dies). Nodes that wait for the lock read the token the holder stored. A Redis failure
/// throws <see cref="RedisException"/>, and the caller falls back to a token of its own.
/// </summary>
internal sealed class SharedAccessTokenStore(RedisConnection redis, ILogger<SharedAccessTokenStore> logger)
{
    /// <summary>Longer than one stable_token call with its retries, so waiters see the holder's token, not a time-out.</summary>
    private static readonly TimeSpan RenewalWait = TimeSpan.FromSeconds(15);

    /// <summary>False on a single node, or while Redis is down (asking it would only wait for a time-out).</summary>
    public bool IsReachable => redis.IsConfigured && redis.Multiplexer.IsConnected;

    /// <summary>The token stored in Redis, if any; throws <see cref="RedisException"/> when Redis cannot answer.</summary>
    public async Task<StoredAccessToken?> ReadAsync()
    {
        var value = await Database().StringGetAsync(redis.Key("wechat:stable-token"));
        return value.HasValue ? JsonSerializer.Deserialize<StoredAccessToken>(value.ToString()) : null;
    }

    public async Task WriteAsync(StoredAccessToken token, TimeSpan lifetime) =>
        await Database().StringSetAsync(redis.Key("wechat:stable-token"), JsonSerializer.Serialize(token), lifetime);

    /// <summary>Holds the renewal lock while <paramref name="renew"/> runs; null when Redis is down or the wait ran out.</summary>
    public async Task<T?> WithRenewalLockAsync<T>(Func<Task<T>> renew, CancellationToken cancellationToken)
        where T : class
    {
        var renewal = new RedisDistributedLock(redis.Key("wechat:stable-token:renewal"), Database());
        await using var handle = await renewal.TryAcquireAsync(RenewalWait, cancellationToken);
        if (handle is null)
        {
            logger.LogWarning("Waited {Wait} for another node to renew the WeChat access token; renewing here.", RenewalWait);
            return null;
        }

        return await renew();
    }

    private IDatabase Database() => redis.Multiplexer.GetDatabase();
}

/// <summary>A token and the time from which it is renewed (<c>obtainedAt + expires_in − 300 s</c>).</summary>
internal sealed record StoredAccessToken(string Token, DateTimeOffset RenewAt);
