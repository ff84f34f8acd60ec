using System.Threading.RateLimiting;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// At most <see cref="PermitsPerMinute"/> logins per openid per minute (fixed window), in this process. WeChat
/// itself allows 100 code2Session calls per user and minute; ours is stricter because a real user logs in rarely.
/// </summary>
internal sealed class LoginThrottle : ILoginThrottle, IDisposable
{
    public const int PermitsPerMinute = 10;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(openId =>
        RateLimitPartition.GetFixedWindowLimiter(openId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(string openId)
    {
        using var lease = _limiter.AttemptAcquire(openId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
