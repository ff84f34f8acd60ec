using GraphQL;
using GraphQL.Execution;
using KnowledgePay.GraphQL.RateLimiting;

namespace KnowledgePay.GraphQL.Errors;

/// <summary>
/// Serializes errors without GraphQL.NET's generated codes. With details on (Development), only server errors carry the
/// exception and its stack trace: a client's mistake (a syntax error, a failed validation, a bad variable) gets its
/// message alone, as it would in production.
/// </summary>
internal sealed class ServerErrorDetailsProvider(bool exposeServerErrorDetails) : IErrorInfoProvider
{
    private readonly ErrorInfoProvider _plain = new(options => options.ExposeCodes = false);

    private readonly ErrorInfoProvider _detailed = new(options =>
    {
        options.ExposeCodes = false;
        options.ExposeExceptionDetails = true;
    });

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = exposeServerErrorDetails && executionError.Code == ErrorCodes.Internal
            ? _detailed.GetInfo(executionError)
            : _plain.GetInfo(executionError);
        if (executionError is RateLimitedError refused)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["retryAfter"] = RateLimitedError.RetrySeconds(refused.RetryAfter);
        }

        return info;
    }
}
