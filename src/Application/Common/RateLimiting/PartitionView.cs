using System.Threading.RateLimiting;

namespace KnowledgePay.Application.Common.RateLimiting;

/// <summary>One key of a partitioned limiter seen as a limiter of its own, so it can be one partition among others.</summary>
public sealed class PartitionView<TKey>(PartitionedRateLimiter<TKey> limiter, TKey key) : RateLimiter
{
    /// <summary>The state lives in the partitioned limiter, so this view may be dropped and made again at any time.</summary>
    public override TimeSpan? IdleDuration => TimeSpan.MaxValue;

    public override RateLimiterStatistics? GetStatistics() => limiter.GetStatistics(key);

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => limiter.AttemptAcquire(key, permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        limiter.AcquireAsync(key, permitCount, cancellationToken);
}
