using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

public static class GraphQLClientExtensions
{
    public const string Endpoint = "/graphql";
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    /// <summary>Sends a GraphQL request as the spec's JSON POST and returns whatever came back.</summary>
    public static Task<GraphQLResponse> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? operationName = null) =>
        client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        });

    /// <summary>Posts a query that must succeed, and returns its <c>data</c>.</summary>
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostGraphQLAsync(query, variables);
        Assert.True(response.Errors.Count == 0, $"Unexpected GraphQL errors: {response.Body}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Data;
    }

    public static Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body, string mediaType = "application/json") =>
        client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        });

    /// <summary>Sends as a current GraphQL client does: asking for the spec's media type unless the test chose another.</summary>
    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseMediaType));
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
