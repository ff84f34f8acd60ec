using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.GraphQL.Errors;

/// <summary>
/// The unhandled-exception handler: turns what resolvers throw into errors with a stable <c>extensions.code</c>.
/// Expected failures keep their client-safe message; anything else becomes a generic message and a trace id,
/// and is logged once with the exception.
/// </summary>
public static partial class GraphQLErrorMapper
{
    public const string InternalMessage = "Something went wrong on our side. If it keeps happening, contact us with the traceId.";

    public static void Map(UnhandledExceptionContext context) =>
        context.Exception = context.OriginalException switch
        {
            ValidationException e => InvalidInput(e, message => new ExecutionError(message)),
            GraphQLMaxDepthExceededException => new ExecutionError(
                "The document nests too deeply (lists and input objects count); send a flatter query.")
            { Code = ErrorCodes.MaxDepthExceeded },
            NotFoundException e => new ExecutionError(e.Message) { Code = ErrorCodes.NotFound },
            ConflictException e => new ExecutionError(e.Message) { Code = ErrorCodes.Conflict },
            UnauthenticatedException e => new ExecutionError(e.Message) { Code = ErrorCodes.Unauthenticated },
            ForbiddenAccessException e => new ExecutionError(e.Message) { Code = ErrorCodes.Forbidden },
            DomainException e => new ExecutionError(e.Message) { Code = e.Code },
            ProviderException e => new ExecutionError(e.Message) { Code = e.Code },
            var e => Internal(context, e),
        };

    /// <summary>A <see cref="ErrorCodes.BadUserInput"/> error listing each invalid field with its messages.</summary>
    internal static TError InvalidInput<TError>(ValidationException exception, Func<string, TError> create)
        where TError : ExecutionError
    {
        var error = create(Describe(exception));
        error.Code = ErrorCodes.BadUserInput;
        error.AddExtension("fields", exception.Errors
            .Select(pair => new Dictionary<string, object> { ["field"] = pair.Key, ["messages"] = pair.Value })
            .ToList());
        return error;
    }

    /// <summary>One readable line (e.g. "first: must be between 0 and 50."), so clients that show only the message still help.</summary>
    internal static string Describe(ValidationException exception) =>
        string.Join(" ", exception.Errors.SelectMany(pair => pair.Value.Select(message =>
            string.IsNullOrEmpty(pair.Key) ? message : $"{pair.Key}: {message}")));

    private static ExecutionError Internal(UnhandledExceptionContext context, Exception exception)
    {
        var traceId = Activity.Current?.TraceId ?? ActivityTraceId.CreateRandom();
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(GraphQLErrorMapper));
        if (logger is not null)
        {
            LogUnhandled(logger, exception, context.FieldContext is { } field ? string.Join('.', field.Path) : "(request)", traceId.ToHexString());
        }

        // The original exception rides along as the inner exception, which only Development exposes (as details).
        var error = new ExecutionError(InternalMessage, exception) { Code = ErrorCodes.Internal };
        error.AddExtension("traceId", traceId.ToHexString());
        return error;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error resolving {Path} (trace {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path, string traceId);
}
