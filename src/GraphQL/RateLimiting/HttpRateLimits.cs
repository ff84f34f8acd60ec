using System.Threading.RateLimiting;
using KnowledgePay.Application.Common.RateLimiting;
using KnowledgePay.GraphQL.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgePay.GraphQL.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter over the callers' request allowance (<see cref="IRequestRateLimits.Requests"/>), for the
/// endpoints that opt in with <see cref="PolicyName"/> (lesson media, share-code images, data exports). Not limited here:
/// <c>/graphql</c> (each operation spends its cost instead, <see cref="OperationRateLimitListener"/>), the health
/// probes, and WeChat's payment notifications and message pushes: those are signed by WeChat, and a refused one is a
/// payment WeChat gives up redelivering after a while (ADR 0052). A refusal answers 429 with Retry-After.
/// </summary>
public static class HttpRateLimits
{
    public const string PolicyName = "requests";

    public static IHostApplicationBuilder AddHttpRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<RequestCaller, RequestPolicy>(PolicyName);
        });
        return builder;
    }

    public static IApplicationBuilder UseHttpRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    private sealed class RequestPolicy(IRequestRateLimits limits) : IRateLimiterPolicy<RequestCaller>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RefuseAsync;

        public RateLimitPartition<RequestCaller> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.Get(RequestCallers.Of(httpContext), caller => new PartitionView<RequestCaller>(limits.Requests, caller));

        private static async ValueTask RefuseAsync(OnRejectedContext context, CancellationToken cancellationToken)
        {
            var seconds = RateLimitedError.RetrySeconds(RequestCallers.RetryAfter(context.Lease));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.HttpContext.Response.WriteAsJsonAsync(
                new { code = ErrorCodes.RateLimited, retryAfter = seconds }, cancellationToken);
        }
    }
}
