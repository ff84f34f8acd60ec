using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgePay.Infrastructure.WeChat.Pay;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

/// <summary>One scripted answer of the fake WeChat Pay API.</summary>
public sealed record FakeAnswer(int Status, string Body, PlatformSigning Signing = PlatformSigning.Valid)
{
    /// <summary>Hang until the client gives up.</summary>
    public static FakeAnswer Hang { get; } = new(0, string.Empty);

    /// <summary>Drop the connection.</summary>
    public static FakeAnswer Reset { get; } = new(-1, string.Empty);

    public static FakeAnswer Error(int status, string code, string message = "refused", PlatformSigning signing = PlatformSigning.Unsigned) =>
        new(status, $$"""{"code":"{{code}}","message":"{{message}}"}""", signing);
}

/// <summary>A request as the fake received it, with whether its merchant signature verified.</summary>
public sealed record ReceivedRequest(string Method, string PathAndQuery, string Body, IReadOnlyDictionary<string, string> Headers, bool IsSignedByMerchant);

/// <summary>
/// WeChat Pay API v3 as an <see cref="HttpMessageHandler"/>: checks our request signature with the merchant certificate
/// like WeChat does (401 SIGN_ERROR, unsigned, when it fails), then plays the scripted answers in order, signed with the
/// platform key that the request's <c>Wechatpay-Serial</c> names.
/// </summary>
internal sealed partial class FakeWeChatPayServer : HttpMessageHandler
{
    private readonly Queue<FakeAnswer> _answers = new();
    private readonly Dictionary<string, RSA> _platformKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        [TestKeys.PublicKeyId] = TestKeys.PublicKeyModePrivateKey(),
        [TestKeys.PlatformCertificateSerial] = TestKeys.PlatformCertificatePrivateKey(),
    };

    public List<ReceivedRequest> Requests { get; } = [];

    /// <summary>Answers <c>GET /v3/certificates</c> whenever asked, outside the script; by default as for a public-key merchant.</summary>
    public FakeAnswer Certificates { get; set; } = FakeAnswer.Error(403, "NO_AUTH", "商户未开通平台证书");

    /// <summary>Answers every request after the script runs out.</summary>
    public FakeAnswer? Otherwise { get; set; }

    /// <summary>How long each answer takes, so that concurrent calls overlap.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>The serial the answers are signed under, when not the one the request names.</summary>
    public string? SigningSerial { get; set; }

    public FakeWeChatPayServer Then(params FakeAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _answers.Enqueue(answer);
        }

        return this;
    }

    public void AddPlatformKey(string serial, RSA key) => _platformKeys[serial] = key;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var received = new ReceivedRequest(
            request.Method.Method, request.RequestUri!.PathAndQuery, body, headers, IsSignedByMerchant(request, body, headers));
        FakeAnswer answer;
        lock (_answers)
        {
            Requests.Add(received);
            answer = !received.IsSignedByMerchant
                ? FakeAnswer.Error(401, "SIGN_ERROR")
                : received.PathAndQuery.EndsWith("/v3/certificates", StringComparison.Ordinal)
                    ? Certificates
                    : _answers.TryDequeue(out var next) ? next : Otherwise ?? throw new InvalidOperationException("No answer scripted.");
        }

        await Task.Delay(Latency, cancellationToken);
        if (answer == FakeAnswer.Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (answer == FakeAnswer.Reset)
        {
            throw new HttpRequestException("Connection reset by the fake.");
        }

        var bytes = Encoding.UTF8.GetBytes(answer.Body);
        var response = new HttpResponseMessage((HttpStatusCode)answer.Status) { Content = new ByteArrayContent(bytes) };
        var serial = SigningSerial ?? headers.GetValueOrDefault(WeChatPaySignatureHeaders.SerialHeader, TestKeys.PlatformCertificateSerial);
        foreach (var (name, value) in PlatformSigner.Headers(bytes, answer.Signing, serial, _platformKeys[serial]))
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private static bool IsSignedByMerchant(HttpRequestMessage request, string body, IReadOnlyDictionary<string, string> headers)
    {
        if (!headers.TryGetValue("Authorization", out var authorization) || !authorization.StartsWith(WeChatPaySigner.Scheme + " ", StringComparison.Ordinal))
        {
            return false;
        }

        var fields = AuthorizationField().Matches(authorization).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var message = WeChatPaySigner.RequestMessage(
            request.Method.Method, request.RequestUri!.PathAndQuery, fields["timestamp"], fields["nonce_str"], body);
        return fields["mchid"] == TestKeys.MchId
            && fields["serial_no"] == TestKeys.MerchantSerial
            && long.TryParse(fields["timestamp"], CultureInfo.InvariantCulture, out var timestamp)
            && Math.Abs(timestamp - TestKeys.Timestamp) <= WeChatPaySignatureVerifier.MaxClockSkewSeconds
            && TestKeys.IsMerchantSignature(message, fields["signature"]);
    }

    [GeneratedRegex(@"(\w+)=""([^""]*)""")]
    private static partial Regex AuthorizationField();
}
