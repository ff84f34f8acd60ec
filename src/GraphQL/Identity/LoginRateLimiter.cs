using System.Threading.RateLimiting;
using GraphQL;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.GraphQL.Identity;

/// <summary>
/// At most <see cref="PermitsPerMinute"/> login and refresh attempts per client IP per minute (fixed window, no queue),
/// on ASP.NET Core's rate-limiting primitives. Login is a mutation inside <c>/graphql</c>, so an endpoint policy would
/// throttle every query too; the resolvers take a permit instead. The Application adds a per-openid limit.
/// </summary>
public sealed class LoginRateLimiter : IDisposable
{
    public const int PermitsPerMinute = 20;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Dispose() => _limiter.Dispose();

    /// <summary>Call first in the <c>login</c> and <c>refresh</c> resolvers; fails with <c>LOGIN_RATE_LIMITED</c>.</summary>
    internal void EnsurePermitted(IResolveFieldContext context)
    {
        var address = context.RequestServices!.GetRequiredService<IHttpContextAccessor>()
            .HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(address);
        if (!lease.IsAcquired)
        {
            throw IdentityErrors.LoginRateLimited();
        }
    }
}
