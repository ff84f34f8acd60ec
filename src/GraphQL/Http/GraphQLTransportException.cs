namespace KnowledgePay.GraphQL.Http;

/// <summary>A request the endpoint refuses before execution; answered with <paramref name="statusCode"/> and a GraphQL-shaped error.</summary>
internal sealed class GraphQLTransportException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
