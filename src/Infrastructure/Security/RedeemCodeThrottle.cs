using System.Threading.RateLimiting;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.RateLimiting;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// Failed redeem attempts in fixed 15-minute windows, shared by every node (<see cref="SharedRateLimiters"/>):
/// <see cref="FailuresPerUser"/> per account (a person mistyping a card needs a few tries) and
/// <see cref="FailuresPerAddress"/> per client IP (higher, as many users share a carrier NAT address). With about 79
/// bits per code, these limits leave guessing hopeless, even counted per node while Redis is down.
/// </summary>
internal sealed class RedeemCodeThrottle(SharedRateLimiters limiters) : IRedeemCodeThrottle, IDisposable
{
    public const int FailuresPerUser = 5;
    public const int FailuresPerAddress = 20;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> _users =
        limiters.FixedWindow("redeem-user", FailuresPerUser, Window, WhenRedisDown.PerNode);

    private readonly PartitionedRateLimiter<string> _addresses =
        limiters.FixedWindow("redeem-address", FailuresPerAddress, Window, WhenRedisDown.PerNode);

    public async ValueTask<bool> IsBlockedAsync(Guid userId, string address, CancellationToken cancellationToken) =>
        await ExhaustedAsync(_users, User(userId), cancellationToken) || await ExhaustedAsync(_addresses, address, cancellationToken);

    /// <summary>Counted even when the caller has gone away meanwhile: a guess that was made is a guess.</summary>
    public async ValueTask RecordFailureAsync(Guid userId, string address, CancellationToken cancellationToken)
    {
        (await _users.AcquireAsync(User(userId), permitCount: 1, CancellationToken.None)).Dispose();
        (await _addresses.AcquireAsync(address, permitCount: 1, CancellationToken.None)).Dispose();
    }

    public void Dispose()
    {
        _users.Dispose();
        _addresses.Dispose();
    }

    private static string User(Guid userId) => userId.ToString("N");

    /// <summary>Asking for no permit reports whether the window has any left, without taking one.</summary>
    private static async ValueTask<bool> ExhaustedAsync(
        PartitionedRateLimiter<string> limiter, string key, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(key, permitCount: 0, cancellationToken);
        return !lease.IsAcquired;
    }
}
