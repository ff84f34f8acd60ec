namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>What checking a WeChat Pay signature found. Only <see cref="Valid"/> lets a body be trusted.</summary>
public enum SignatureVerification
{
    Valid,
    InvalidSignature,
    UnknownSerial,
    StaleTimestamp,

    /// <summary>WeChat's deliberate <c>WECHATPAY/SIGNTEST/</c> bad signature; as untrustworthy as any other.</summary>
    Probe,

    /// <summary>A header is missing, the timestamp is not a number or the signature is not base64.</summary>
    Malformed,
}
