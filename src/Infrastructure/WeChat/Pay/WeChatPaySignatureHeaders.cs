namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>The signature headers of a WeChat Pay response or callback, exactly as received (any may be missing).</summary>
public sealed record WeChatPaySignatureHeaders(string? Timestamp, string? Nonce, string? Signature, string? Serial)
{
    public const string TimestampHeader = "Wechatpay-Timestamp";
    public const string NonceHeader = "Wechatpay-Nonce";
    public const string SignatureHeader = "Wechatpay-Signature";
    public const string SerialHeader = "Wechatpay-Serial";
}
