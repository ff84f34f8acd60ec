using System.Threading.RateLimiting;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.RateLimiting;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// Fixed one-minute windows, no queue, shared by every node (<see cref="SharedRateLimiters"/>):
/// <see cref="PermitsPerOpenIdPerMinute"/> logins per WeChat account (WeChat itself allows 100 code2Session calls per
/// user and minute; a real user logs in rarely) and <see cref="PermitsPerAddressPerMinute"/> login or refresh attempts
/// per client IP (higher, as many users may share a carrier NAT address). While Redis is down each node counts alone.
/// </summary>
internal sealed class LoginThrottle(SharedRateLimiters limiters) : ILoginThrottle, IDisposable
{
    public const int PermitsPerOpenIdPerMinute = 10;
    public const int PermitsPerAddressPerMinute = 30;

    private readonly PartitionedRateLimiter<string> _openIds =
        limiters.FixedWindow("login-openid", PermitsPerOpenIdPerMinute, TimeSpan.FromMinutes(1), WhenRedisDown.PerNode);

    private readonly PartitionedRateLimiter<string> _addresses =
        limiters.FixedWindow("login-address", PermitsPerAddressPerMinute, TimeSpan.FromMinutes(1), WhenRedisDown.PerNode);

    public ValueTask<bool> TryAcquireForOpenIdAsync(string openId, CancellationToken cancellationToken) =>
        TryAcquireAsync(_openIds, openId, cancellationToken);

    public ValueTask<bool> TryAcquireForAddressAsync(string address, CancellationToken cancellationToken) =>
        TryAcquireAsync(_addresses, address, cancellationToken);

    public void Dispose()
    {
        _openIds.Dispose();
        _addresses.Dispose();
    }

    private static async ValueTask<bool> TryAcquireAsync(
        PartitionedRateLimiter<string> limiter, string key, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(key, permitCount: 1, cancellationToken);
        return lease.IsAcquired;
    }
}
