using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgePay.GraphQL.BrowserTests.Dashboard;

/// <summary>The GraphQL endpoint asked directly, for the answers a chart must show.</summary>
public sealed class AdminApi(Uri baseAddress, string? accessToken)
{
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), $"The API refused {query}: {errors}");
        return body.GetProperty("data");
    }
}
