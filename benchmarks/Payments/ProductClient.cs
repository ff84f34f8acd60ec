using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.Payments;

/// <summary>What the mini program and WeChat Pay send the product: <c>login</c>, <c>checkout</c> and notifications.</summary>
internal sealed class ProductClient(Uri baseUrl, int connections) : IDisposable
{
    private const string LoginMutation = """
        mutation($code: String!) { login(input: { code: $code }) { accessToken errors { __typename } } }
        """;

    private const string CheckoutMutation = """
        mutation($input: CheckoutInput!) { checkout(input: $input) { errors { __typename ... on Error { code } } } }
        """;

    private string? _firstFailure;

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections })
    {
        BaseAddress = baseUrl,
    };

    /// <summary>The first answer that counted as a failure, to explain it.</summary>
    public string? FirstFailure => _firstFailure;

    public async Task<string> LoginAsync(string code)
    {
        var login = await MutationAsync("login", LoginMutation, new { code }, accessToken: null);
        return login?.GetProperty("accessToken").GetString() ?? throw new InvalidOperationException($"login failed: {FirstFailure}");
    }

    /// <summary>True when the order got its <c>wx.requestPayment</c> parameters.</summary>
    public async Task<bool> CheckoutAsync(PendingOrder order) =>
        await MutationAsync(
            "checkout", CheckoutMutation, new { input = new { orderId = GlobalId.Encode("Order", order.Id) } }, order.Buyer.AccessToken)
        is not null;

    /// <summary>True when the product answered 2xx, WeChat Pay's "received, do not send again".</summary>
    public async Task<bool> NotifyAsync(SignedNotification notification)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ProductProcess.NotifyPath)
        {
            Content = new ByteArrayContent(notification.Body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in notification.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _http.SendAsync(request);
        return response.IsSuccessStatusCode || Failed($"notify {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => _http.Dispose();

    private static bool HasErrors(JsonElement element) =>
        element.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0;

    /// <summary>The mutation's payload when neither the response nor the payload has errors, else null.</summary>
    private async Task<JsonElement?> MutationAsync(string field, string query, object variables, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (response.IsSuccessStatusCode && !HasErrors(body) && body.GetProperty("data").GetProperty(field) is var payload && !HasErrors(payload))
        {
            return payload;
        }

        Failed($"{field} {(int)response.StatusCode}: {body}");
        return null;
    }

    private bool Failed(string answer)
    {
        Interlocked.CompareExchange(ref _firstFailure, answer, null);
        return false;
    }
}
