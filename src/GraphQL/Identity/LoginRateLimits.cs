using GraphQL;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.GraphQL.Identity;

/// <summary>
/// Login is a mutation inside <c>/graphql</c>, so an endpoint rate-limit policy would throttle every query too; the
/// <c>login</c> and <c>refresh</c> resolvers take a per-IP permit instead (limits: Infrastructure's LoginThrottle).
/// </summary>
public static class LoginRateLimits
{
    /// <summary>Call first in the <c>login</c> and <c>refresh</c> resolvers; fails with <c>LOGIN_RATE_LIMITED</c>.</summary>
    public static void EnsureLoginPermitted(this IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var address = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (!services.GetRequiredService<ILoginThrottle>().TryAcquireForAddress(address ?? "unknown"))
        {
            throw IdentityErrors.LoginRateLimited();
        }
    }
}
