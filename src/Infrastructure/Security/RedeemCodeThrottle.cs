using System.Threading.RateLimiting;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// Failed redeem attempts in fixed 15-minute windows, in this process: <see cref="FailuresPerUser"/> per account (a
/// person mistyping a card needs a few tries) and <see cref="FailuresPerAddress"/> per client IP (higher, as many users
/// share a carrier NAT address). With about 79 bits per code, these limits leave guessing hopeless.
/// </summary>
internal sealed class RedeemCodeThrottle : IRedeemCodeThrottle, IDisposable
{
    public const int FailuresPerUser = 5;
    public const int FailuresPerAddress = 20;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<(string Kind, string Key)> _failures =
        PartitionedRateLimiter.Create<(string Kind, string Key), (string, string)>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = key.Kind == "user" ? FailuresPerUser : FailuresPerAddress,
                Window = Window,
                QueueLimit = 0,
            }));

    public bool IsBlocked(Guid userId, string address) => Exhausted(User(userId)) || Exhausted(Address(address));

    public void RecordFailure(Guid userId, string address)
    {
        _failures.AttemptAcquire(User(userId)).Dispose();
        _failures.AttemptAcquire(Address(address)).Dispose();
    }

    public void Dispose() => _failures.Dispose();

    private static (string, string) User(Guid userId) => ("user", userId.ToString("N"));

    private static (string, string) Address(string address) => ("address", address);

    /// <summary>Asking for no permit reports whether the window has any left, without taking one.</summary>
    private bool Exhausted((string, string) key)
    {
        using var lease = _failures.AttemptAcquire(key, permitCount: 0);
        return !lease.IsAcquired;
    }
}
