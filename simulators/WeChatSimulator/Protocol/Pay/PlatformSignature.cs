using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>The <c>Wechatpay-*</c> headers of a response or callback: RSA over <c>timestamp\nnonce\nbody\n</c> (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/signature-verification.html).</summary>
internal static class PlatformSignature
{
    public const string Type = "WECHATPAY2-SHA256-RSA2048";
    public const string TimestampHeader = "Wechatpay-Timestamp";
    public const string NonceHeader = "Wechatpay-Nonce";
    public const string SignatureHeader = "Wechatpay-Signature";
    public const string SerialHeader = "Wechatpay-Serial";
    public const string SignatureTypeHeader = "Wechatpay-Signature-Type";
    public const string RequestIdHeader = "Request-ID";
    public const string ProbePrefix = "WECHATPAY/SIGNTEST/";

    public static byte[] Message(string timestamp, string nonce, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{timestamp}\n{nonce}\n");
        return [.. prefix, .. body, (byte)'\n'];
    }

    /// <summary>A signature WeChat sends on purpose to check the merchant verifies.</summary>
    public static string Probe() => ProbePrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(256));
}
