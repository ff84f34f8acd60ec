using System.Net.Http.Headers;
using System.Text;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>Builds signed API v3 requests and reads the signature headers of the answers (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/introduction.html).</summary>
internal static class WeChatPayRequests
{
    private const string UserAgent = "KnowledgePay/1.0 (WeChatPay-APIv3; .NET)";
    private const string JsonMediaType = "application/json";

    /// <summary>
    /// The URI is made absolute here so that the signed <c>PathAndQuery</c> is exactly what goes on the wire, base path
    /// prefix and query string included; <paramref name="body"/> is sent as the very string that was signed.
    /// </summary>
    public static HttpRequestMessage Create(
        HttpClient client, WeChatPaySigner signer, string platformSerial, HttpMethod method, string path, string body)
    {
        var request = new HttpRequestMessage(method, new Uri(client.BaseAddress!, path));
        request.Headers.TryAddWithoutValidation(
            "Authorization", signer.Authorize(method.Method, request.RequestUri!.PathAndQuery, body));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Headers.TryAddWithoutValidation(WeChatPaySignatureHeaders.SerialHeader, platformSerial);
        if (method != HttpMethod.Get)
        {
            request.Content = new StringContent(body, Encoding.UTF8, JsonMediaType);
        }

        return request;
    }

    public static WeChatPaySignatureHeaders SignatureHeaders(HttpResponseMessage response) => new(
        Header(response, WeChatPaySignatureHeaders.TimestampHeader),
        Header(response, WeChatPaySignatureHeaders.NonceHeader),
        Header(response, WeChatPaySignatureHeaders.SignatureHeader),
        Header(response, WeChatPaySignatureHeaders.SerialHeader));

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
