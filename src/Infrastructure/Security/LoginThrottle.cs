using System.Threading.RateLimiting;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// Fixed one-minute windows, no queue, in this process: <see cref="PermitsPerOpenIdPerMinute"/> logins per WeChat
/// account (WeChat itself allows 100 code2Session calls per user and minute; a real user logs in rarely) and
/// <see cref="PermitsPerAddressPerMinute"/> login or refresh attempts per client IP (higher, as many users may share a
/// carrier NAT address).
/// </summary>
internal sealed class LoginThrottle : ILoginThrottle, IDisposable
{
    public const int PermitsPerOpenIdPerMinute = 10;
    public const int PermitsPerAddressPerMinute = 30;

    private readonly PartitionedRateLimiter<(string Kind, string Key)> _limiter =
        PartitionedRateLimiter.Create<(string Kind, string Key), (string, string)>(attempt =>
            RateLimitPartition.GetFixedWindowLimiter(attempt, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = attempt.Kind == "openid" ? PermitsPerOpenIdPerMinute : PermitsPerAddressPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));

    public bool TryAcquireForOpenId(string openId) => TryAcquire(("openid", openId));

    public bool TryAcquireForAddress(string address) => TryAcquire(("address", address));

    public void Dispose() => _limiter.Dispose();

    private bool TryAcquire((string Kind, string Key) attempt)
    {
        using var lease = _limiter.AttemptAcquire(attempt);
        return lease.IsAcquired;
    }
}
