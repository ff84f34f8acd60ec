using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// Verifies WeChat Pay responses and callbacks over the raw body bytes, failing closed in this order:
/// headers, timestamp window, probe prefix, serial, RSA. Never throws on what the sender controls.
/// See https://pay.weixin.qq.com/docs/merchant/development/interface-rules/signature-verification.html
/// </summary>
public sealed class WeChatPaySignatureVerifier(PlatformVerificationKeys keys, TimeProvider clock)
{
    public const int MaxClockSkewSeconds = 300;
    public const string ProbePrefix = "WECHATPAY/SIGNTEST/";

    public SignatureVerification Verify(WeChatPaySignatureHeaders headers, ReadOnlySpan<byte> body)
    {
        var (timestamp, nonce, signature, serial) = headers;
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce)
            || string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(serial))
        {
            return SignatureVerification.Malformed;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds))
        {
            return SignatureVerification.Malformed;
        }

        if (Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - unixSeconds) > MaxClockSkewSeconds)
        {
            return SignatureVerification.StaleTimestamp;
        }

        if (signature.StartsWith(ProbePrefix, StringComparison.Ordinal))
        {
            return SignatureVerification.Probe;
        }

        if (!keys.TryGet(serial, out var key))
        {
            return SignatureVerification.UnknownSerial;
        }

        var signatureBytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, signatureBytes, out var signatureLength))
        {
            return SignatureVerification.Malformed;
        }

        try
        {
            return key.VerifyData(
                ResponseMessage(timestamp, nonce, body), signatureBytes.AsSpan(0, signatureLength),
                HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                ? SignatureVerification.Valid
                : SignatureVerification.InvalidSignature;
        }
        catch (CryptographicException)
        {
            return SignatureVerification.InvalidSignature;
        }
    }

    /// <summary>
    /// <c>timestamp\nnonce\nbody\n</c> with the body's bytes untouched (no re-serialization, no trimming); an empty
    /// body gives <c>timestamp\nnonce\n\n</c>.
    /// </summary>
    public static byte[] ResponseMessage(string timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{timestamp}\n{nonce}\n");
        var message = new byte[prefix.Length + body.Length + 1];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        message[^1] = (byte)'\n';
        return message;
    }
}
