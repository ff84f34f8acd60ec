using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgePay.Cluster.FaultTests;

/// <summary>What the mini program sends: <c>login</c>, <c>checkout</c> and a catalogue read.</summary>
public static class GraphQLCalls
{
    public const string CataloguePage = "{ courses(first: 5) { nodes { id title } } }";

    public static async Task<string> LoginAsync(HttpClient client, string code, string? forwardedFor = null)
    {
        using var request = Request("mutation($code: String!) { login(input: { code: $code }) { accessToken } }", new { code });
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        var data = await SendAsync(client, request);
        return data.GetProperty("login").GetProperty("accessToken").GetString()!;
    }

    public static async Task CheckoutAsync(HttpClient client, string accessToken, string orderId)
    {
        using var request = Request(
            "mutation($input: CheckoutInput!) { checkout(input: $input) { errors { __typename } } }", new { input = new { orderId } });
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var errors = (await SendAsync(client, request)).GetProperty("checkout").GetProperty("errors");
        Assert.True(errors.ValueKind == JsonValueKind.Null || errors.GetArrayLength() == 0, errors.ToString());
    }

    /// <summary>The HTTP status of a catalogue read and whether its body carried data without errors.</summary>
    public static async Task<(int Status, bool Ok)> ReadCatalogueAsync(HttpClient client)
    {
        using var request = Request(CataloguePage, new { });
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Request(string query, object variables) =>
        new(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data");
    }
}
