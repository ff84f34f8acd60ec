using System.Diagnostics;
using System.Net.Http.Json;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

public static class TracedRequests
{
    /// <summary>Posts a GraphQL request as a part of trace <paramref name="traceId"/> (a <c>traceparent</c> header, sampled).</summary>
    public static Task<GraphQLResponse> SendTracedAsync(this HttpClient client, ActivityTraceId traceId, string query, object? variables)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClientExtensions.Endpoint)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        return client.SendGraphQLAsync(request);
    }
}
