using GraphQL.Execution;
using KnowledgePay.Application.Common.RateLimiting;
using KnowledgePay.GraphQL.Schema;

namespace KnowledgePay.GraphQL.RateLimiting;

/// <summary>
/// Every admitted operation spends the caller's operation points before it runs: as many as the cost its document was
/// admitted with (<see cref="OutputBudget"/>, however the document was validated), at least one, and at most
/// <see cref="QueryLimits.MaxComplexity"/> (an IDE's introspection costs far more but is answered from the schema alone).
/// A refusal stops the request with a <see cref="RateLimitedError"/>.
/// </summary>
internal sealed class OperationRateLimitListener(IRequestRateLimits limits, IHttpContextAccessor http) : DocumentExecutionListenerBase
{
    // With limiting off there is nothing to spend: the caller is not even read.
    public override Task BeforeExecutionAsync(IExecutionContext context) =>
        limits.Enabled && http.HttpContext is { } httpContext ? SpendAsync(context, httpContext) : Task.CompletedTask;

    private async Task SpendAsync(IExecutionContext context, HttpContext httpContext)
    {
        var cost = OutputBudget.Of(context.UserContext)?.Cost ?? 1;
        var permits = (int)Math.Ceiling(Math.Clamp(cost, 1, QueryLimits.MaxComplexity));
        using var lease = await limits.Operations.AcquireAsync(RequestCallers.Of(httpContext), permits, context.CancellationToken);
        if (!lease.IsAcquired)
        {
            throw new RateLimitedError(RequestCallers.RetryAfter(lease));
        }
    }
}
