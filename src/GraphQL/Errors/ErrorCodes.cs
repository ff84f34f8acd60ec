namespace KnowledgePay.GraphQL.Errors;

/// <summary>The stable <c>extensions.code</c> values of GraphQL errors; API contract, never renamed silently.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string Unauthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string Forbidden = "AUTH_NOT_AUTHORIZED";
    public const string Internal = "INTERNAL_SERVER_ERROR";

    // Validation (the document is refused before execution): our query limits.
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";

    // Refused before execution: the caller's allowance (per user and per address) is spent; extensions.retryAfter says
    // how many seconds to wait.
    public const string RateLimited = "RATE_LIMITED";

    // Execution stopped: the result grew past what the query was estimated to cost.
    public const string MaxOutputExceeded = "MAX_OUTPUT_EXCEEDED";

    // Transport (GraphQL over HTTP): the request never reached execution.
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string NotSupported = "NOT_SUPPORTED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    // Automatic persisted queries (Apollo's protocol): the client sends the query with its hash again.
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
}
