using System.Globalization;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>Signs WeChat Pay API v3 requests with the merchant key (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/signature-generation.html).</summary>
public sealed class WeChatPaySigner(MerchantKeyMaterial merchant, TimeProvider clock)
{
    public const string Scheme = "WECHATPAY2-SHA256-RSA2048";

    /// <summary>The <c>Authorization</c> header value for a request sent now with a fresh nonce.</summary>
    /// <param name="pathAndQuery">The URL as sent on the wire without scheme and host (<c>RequestUri.PathAndQuery</c>).</param>
    /// <param name="body">The exact body sent; empty for GET.</param>
    public string Authorize(string method, string pathAndQuery, string body) =>
        Authorize(method, pathAndQuery, body, clock.GetUtcNow().ToUnixTimeSeconds(), WeChatPayNonce.Create());

    public string Authorize(string method, string pathAndQuery, string body, long timestamp, string nonce)
    {
        var unixSeconds = timestamp.ToString(CultureInfo.InvariantCulture);
        var signature = merchant.Sign(RequestMessage(method, pathAndQuery, unixSeconds, nonce, body));
        return $"{Scheme} mchid=\"{merchant.MchId}\",nonce_str=\"{nonce}\",signature=\"{signature}\","
            + $"timestamp=\"{unixSeconds}\",serial_no=\"{merchant.CertificateSerial}\"";
    }

    /// <summary>Five lines, each ending in <c>\n</c>, the last one included.</summary>
    public static string RequestMessage(string method, string pathAndQuery, string timestamp, string nonce, string body) =>
        $"{method}\n{pathAndQuery}\n{timestamp}\n{nonce}\n{body}\n";
}
