using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KnowledgePay.GraphQL.Errors;
using Microsoft.Extensions.Options;

namespace KnowledgePay.GraphQL.Http;

/// <summary>
/// Turns a POST body or GET query string into a <see cref="GraphQLRequest"/> with its query (a persisted query's filled in
/// from its hash), refusing malformed requests.
/// </summary>
internal sealed class GraphQLRequestReader(
    IGraphQLTextSerializer serializer, PersistedQueries persistedQueries, IOptions<GraphQLHttpOptions> options)
{
    public async Task<GraphQLRequest> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypes.IsJsonRequest(request.ContentType))
        {
            throw new GraphQLTransportException(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.UnsupportedMediaType,
                "POST requests must have the content type application/json (UTF-8).");
        }

        var json = await ReadLimitedAsync(request, cancellationToken);
        if (json.AsSpan().TrimStart().StartsWith('['))
        {
            throw new GraphQLTransportException(
                StatusCodes.Status400BadRequest, ErrorCodes.NotSupported, "Batched requests are not supported.");
        }

        return Validated(Parse<GraphQLRequest>(json));
    }

    public GraphQLRequest ReadQueryString(IQueryCollection query) =>
        Validated(new GraphQLRequest
        {
            Query = query["query"],
            OperationName = query["operationName"],
            DocumentId = query["documentId"],
            Variables = Parse<Inputs>(query["variables"]),
            Extensions = Parse<Inputs>(query["extensions"]),
        });

    private async Task<string> ReadLimitedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            body.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
    }

    // The serializer reports broken JSON and wrongly typed members (a numeric query, array variables) alike.
    private T? Parse<T>(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return default;
        }

        try
        {
            return serializer.Deserialize<T>(json);
        }
        catch (JsonException exception)
        {
            throw new GraphQLTransportException(
                StatusCodes.Status400BadRequest,
                ErrorCodes.InvalidRequest,
                "The request must be JSON with a string query and operationName and object variables and extensions "
                + $"(failed at line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).");
        }
    }

    private GraphQLRequest Validated(GraphQLRequest? request)
    {
        if (request?.DocumentId is not null)
        {
            throw new GraphQLTransportException(
                StatusCodes.Status400BadRequest, ErrorCodes.NotSupported, "Persisted documents (documentId) are not supported.");
        }

        if (request is not null)
        {
            persistedQueries.Resolve(request);
        }

        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            throw new GraphQLTransportException(
                StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The request has no query.");
        }

        return request;
    }

    private static GraphQLTransportException TooLarge(int limit) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body exceeds {limit} bytes.");
}
