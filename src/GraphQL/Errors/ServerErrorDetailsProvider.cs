using GraphQL;
using GraphQL.Execution;

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

    public ErrorInfo GetInfo(ExecutionError executionError) =>
        exposeServerErrorDetails && executionError.Code == ErrorCodes.Internal
            ? _detailed.GetInfo(executionError)
            : _plain.GetInfo(executionError);
}
