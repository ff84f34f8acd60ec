using System.Globalization;
using GraphQL;
using KnowledgePay.GraphQL.RateLimiting;

namespace KnowledgePay.GraphQL.Http;

/// <summary>Writes GraphQL results and transport errors straight to the response body with the GraphQL.NET serializer.</summary>
internal sealed class GraphQLResponseWriter(IGraphQLSerializer serializer)
{
    public Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType) =>
        WriteAsync(context, StatusCodeOf(result, mediaType), mediaType, result);

    public Task WriteErrorAsync(HttpContext context, GraphQLTransportException exception, string mediaType)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(exception.Message) { Code = exception.Code }] };
        return WriteAsync(context, exception.StatusCode, mediaType, result);
    }

    // GraphQL over HTTP: a request that never executed is a client error, but application/json clients get 200.
    private static int StatusCodeOf(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(error => error is QueriesOnlyOverGetError) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (result.Errors?.Any(error => error is RateLimitedError) == true && mediaType == MediaTypes.GraphQLResponse)
        {
            return StatusCodes.Status429TooManyRequests;
        }

        return !result.Executed && mediaType == MediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private async Task WriteAsync(HttpContext context, int statusCode, string mediaType, ExecutionResult result)
    {
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = GraphQLHttpEndpoint.AllowedMethods;
        }

        if (result.Errors?.OfType<RateLimitedError>().FirstOrDefault() is { } refused)
        {
            context.Response.Headers.RetryAfter = RateLimitedError.RetrySeconds(refused.RetryAfter).ToString(CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType;
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
