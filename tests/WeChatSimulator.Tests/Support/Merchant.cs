using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.WeChatSimulator.Keys;
using Microsoft.Extensions.Configuration;

namespace KnowledgePay.WeChatSimulator.Tests.Support;

/// <summary>
/// The merchant side, built with the product's own WeChat Pay primitives from the settings the simulator's keys give
/// the product: it signs v3 requests, verifies signed answers and callbacks, and decrypts resources.
/// </summary>
internal sealed class Merchant
{
    private readonly WeChatPaySigner _signer;
    private readonly WeChatPaySignatureVerifier _verifier;
    private readonly AeadAes256GcmDecryptor _decryptor;

    public Merchant(WeChatPayKeys keys, TimeProvider clock)
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(keys.ProductSettings()).Build()
            .GetSection(WeChatPayOptions.SectionName).Get<WeChatPayOptions>()!;
        options.NotifyUrl = NotifyUrl;
        Material = MerchantKeyMaterial.Load(options);
        _signer = new WeChatPaySigner(Material, clock);
        _verifier = new WeChatPaySignatureVerifier(Material.PlatformKeys, clock);
        _decryptor = new AeadAes256GcmDecryptor(Material.ApiV3Key);
    }

    /// <summary>Where the product would take notifications; the settings from the keys leave it to the product.</summary>
    public static Uri NotifyUrl { get; } = new("https://merchant.example/payments/wechatpay/notify");

    public MerchantKeyMaterial Material { get; }

    public string MchId => Material.MchId;

    public string Authorize(string method, string pathAndQuery, string body, long? timestamp = null) =>
        timestamp is { } seconds
            ? _signer.Authorize(method, pathAndQuery, body, seconds, Convert.ToHexString(Guid.NewGuid().ToByteArray()))
            : _signer.Authorize(method, pathAndQuery, body);

    public SignatureVerification Verify(IReadOnlyDictionary<string, string> headers, byte[] body) => _verifier.Verify(
        new WeChatPaySignatureHeaders(
            headers.GetValueOrDefault(WeChatPaySignatureHeaders.TimestampHeader),
            headers.GetValueOrDefault(WeChatPaySignatureHeaders.NonceHeader),
            headers.GetValueOrDefault(WeChatPaySignatureHeaders.SignatureHeader),
            headers.GetValueOrDefault(WeChatPaySignatureHeaders.SerialHeader)),
        body);

    public ResourceDecryption Decrypt(JsonElement resource) =>
        _decryptor.Decrypt(resource.Deserialize<EncryptedResource>()!);

    /// <summary>Verifies a received notification, then decrypts its resource; fails the test if either step fails.</summary>
    public (JsonElement Envelope, JsonElement Resource) Open(ReceivedNotification notification)
    {
        Assert.Equal(SignatureVerification.Valid, Verify(notification.Headers, notification.Body));
        var envelope = JsonDocument.Parse(notification.Body).RootElement;
        var decrypted = Decrypt(envelope.GetProperty("resource"));
        Assert.Equal(ResourceDecryptionStatus.Decrypted, decrypted.Status);
        return (envelope, JsonDocument.Parse(decrypted.Plaintext).RootElement);
    }
}

/// <summary>A v3 answer as received: status, headers (names case-insensitive) and the raw body bytes.</summary>
internal sealed record PayResponse(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Code => Body.Length > 0 && Json.TryGetProperty("code", out var code) ? code.GetString() : null;

    public bool IsSigned => Headers.ContainsKey(WeChatPaySignatureHeaders.SignatureHeader);

    public static async Task<PayResponse> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Headers.Concat(response.Content.Headers)
            .ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase),
        await response.Content.ReadAsByteArrayAsync());
}

/// <summary>Sends signed v3 requests to the simulator over HTTP the way the product's adapter does.</summary>
internal sealed class PayClient(HttpClient http, Merchant merchant)
{
    public Merchant Merchant => merchant;

    public Task<PayResponse> PostAsync(string path, object body, Func<string, string>? authorization = null) =>
        SendAsync(HttpMethod.Post, path, JsonSerializer.Serialize(body), authorization);

    public Task<PayResponse> GetAsync(string path, Func<string, string>? authorization = null) =>
        SendAsync(HttpMethod.Get, path, string.Empty, authorization);

    /// <param name="authorization">Rewrites the Authorization header after signing, to play a broken client.</param>
    public async Task<PayResponse> SendAsync(
        HttpMethod method, string path, string body, Func<string, string>? authorization = null, long? timestamp = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method != HttpMethod.Get)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        var pathAndQuery = new Uri(http.BaseAddress!, path).PathAndQuery;
        var header = merchant.Authorize(method.Method, pathAndQuery, body, timestamp);
        request.Headers.TryAddWithoutValidation("Authorization", authorization?.Invoke(header) ?? header);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request);
        return await PayResponse.ReadAsync(response);
    }
}
