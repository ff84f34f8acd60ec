using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Infrastructure.WeChat.Pay;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

/// <summary>How the fake WeChat Pay signs an answer or a notification; everything but <see cref="Valid"/> must be distrusted.</summary>
public enum PlatformSigning
{
    Valid,
    Unsigned,
    Probe,
    StaleTimestamp,
    BadSignature,
    UnknownSerial,
}

/// <summary>Plays WeChat Pay's side of the signatures and encryption with the throwaway platform keys.</summary>
internal static class PlatformSigner
{
    public const string ResponseNonce = "ZA8264ILTKCH16CQ2502SI8ZNMTM67VS";
    public const string UnknownCertificateSerial = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";

    /// <summary>The <c>Wechatpay-*</c> headers for <paramref name="body"/>, signed with <paramref name="key"/> under <paramref name="serial"/>.</summary>
    public static Dictionary<string, string> Headers(byte[] body, PlatformSigning signing, string serial, RSA key)
    {
        if (signing == PlatformSigning.Unsigned)
        {
            return [];
        }

        var timestamp = TestKeys.Timestamp - (signing == PlatformSigning.StaleTimestamp ? 301 : 0);
        var signature = Sign(key, timestamp, body);
        return new Dictionary<string, string>
        {
            [WeChatPaySignatureHeaders.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [WeChatPaySignatureHeaders.NonceHeader] = ResponseNonce,
            [WeChatPaySignatureHeaders.SignatureHeader] = signing switch
            {
                PlatformSigning.Probe => WeChatPaySignatureVerifier.ProbePrefix + signature,
                PlatformSigning.BadSignature => Sign(key, timestamp, [.. body, (byte)' ']),
                _ => signature,
            },
            [WeChatPaySignatureHeaders.SerialHeader] = signing == PlatformSigning.UnknownSerial ? UnknownCertificateSerial : serial,
            ["Wechatpay-Signature-Type"] = WeChatPaySigner.Scheme,
        };
    }

    public static string Sign(RSA key, long timestamp, byte[] body) => Convert.ToBase64String(key.SignData(
        WeChatPaySignatureVerifier.ResponseMessage(
            timestamp.ToString(CultureInfo.InvariantCulture), ResponseNonce, body),
        HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    /// <summary>An AEAD_AES_256_GCM resource as WeChat Pay sends it (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-callback-decryption.html).</summary>
    public static string EncryptedResource(string plaintext, string associatedData, string apiV3Key = TestKeys.ApiV3Key)
    {
        const string nonce = "c5ac7a8f1e2d";
        var plainBytes = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[plainBytes.Length + 16];
        using var aes = new AesGcm(Encoding.ASCII.GetBytes(apiV3Key), 16);
        aes.Encrypt(Encoding.UTF8.GetBytes(nonce), plainBytes, sealedBytes.AsSpan(0, plainBytes.Length),
            sealedBytes.AsSpan(plainBytes.Length), Encoding.UTF8.GetBytes(associatedData));
        return $$"""{"algorithm":"AEAD_AES_256_GCM","ciphertext":"{{Convert.ToBase64String(sealedBytes)}}","associated_data":"{{associatedData}}","nonce":"{{nonce}}"}""";
    }
}
