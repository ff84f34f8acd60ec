using System.Threading.RateLimiting;
using KnowledgePay.Application.Common.RateLimiting;

namespace KnowledgePay.GraphQL.RateLimiting;

internal static class RequestCallers
{
    /// <summary>When a refused lease does not say, callers are asked to wait this long.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The signed-in user (the token's subject is the identity's name) and the client address, which forwarded headers
    /// have already set from a trusted proxy.
    /// </summary>
    public static RequestCaller Of(HttpContext context) => new(
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } subject } ? subject : null,
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : DefaultRetryAfter;
}
