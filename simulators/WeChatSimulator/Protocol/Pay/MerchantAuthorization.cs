using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>
/// The merchant's <c>Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"</c>
/// (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/signature-generation.html), checked the way WeChat checks it.
/// </summary>
internal sealed partial record MerchantAuthorization(
    string MchId, string Nonce, string Signature, string Timestamp, string SerialNo)
{
    public const string Scheme = "WECHATPAY2-SHA256-RSA2048";
    public const int MaxClockSkewSeconds = 300;

    public static MerchantAuthorization? Parse(string? header)
    {
        if (header is null || !header.StartsWith(Scheme + " ", StringComparison.Ordinal))
        {
            return null;
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Field().Matches(header[(Scheme.Length + 1)..]))
        {
            fields[match.Groups["name"].Value] = match.Groups["value"].Value;
        }
        return fields.TryGetValue("mchid", out var mchId)
            && fields.TryGetValue("nonce_str", out var nonce)
            && fields.TryGetValue("signature", out var signature)
            && fields.TryGetValue("timestamp", out var timestamp)
            && fields.TryGetValue("serial_no", out var serialNo)
                ? new MerchantAuthorization(mchId, nonce, signature, timestamp, serialNo)
                : null;
    }

    /// <summary>Five lines, each ending in <c>\n</c>: method, path and query as received, timestamp, nonce, body.</summary>
    public string SignedMessage(string method, string pathAndQuery, string body) =>
        $"{method}\n{pathAndQuery}\n{Timestamp}\n{Nonce}\n{body}\n";

    public bool IsFresh(DateTimeOffset now) =>
        long.TryParse(Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(now.ToUnixTimeSeconds() - seconds) <= MaxClockSkewSeconds;

    public bool IsSignedBy(RSA merchantPublicKey, string message)
    {
        var signature = new byte[Signature.Length];
        return Convert.TryFromBase64String(Signature, signature, out var length)
            && merchantPublicKey.VerifyData(
                Encoding.UTF8.GetBytes(message), signature.AsSpan(0, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    [GeneratedRegex("""(?<name>[a-z_]+)="(?<value>[^"]*)"\s*,?\s*""")]
    private static partial Regex Field();
}
