using GraphQL;
using KnowledgePay.GraphQL.Errors;

namespace KnowledgePay.GraphQL.RateLimiting;

/// <summary>The operation was refused before it ran (<see cref="ErrorCodes.RateLimited"/>): the caller must wait <see cref="RetryAfter"/>.</summary>
internal sealed class RateLimitedError : ExecutionError
{
    public RateLimitedError(TimeSpan retryAfter)
        : base($"Too many requests: try again in {RetrySeconds(retryAfter)} s.")
    {
        RetryAfter = retryAfter;
        Code = ErrorCodes.RateLimited;
    }

    public TimeSpan RetryAfter { get; }

    /// <summary>Whole seconds, at least one, as the Retry-After header wants them.</summary>
    public static int RetrySeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
