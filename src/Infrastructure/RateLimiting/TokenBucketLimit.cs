namespace KnowledgePay.Infrastructure.RateLimiting;

/// <summary>A token bucket: <see cref="Burst"/> permits at most, refilled by <see cref="PerSecond"/> every second.</summary>
public sealed class TokenBucketLimit
{
    public int Burst { get; set; }

    public int PerSecond { get; set; }

    public WhenRedisDown WhenRedisDown { get; set; } = WhenRedisDown.PerNode;

    public bool IsValid => Burst > 0 && PerSecond > 0;
}
