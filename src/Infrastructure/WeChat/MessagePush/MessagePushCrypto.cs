using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.Infrastructure.WeChat.MessagePush;

/// <summary>
/// The message push signature and encryption (https://developers.weixin.qq.com/minigame/dev/guide/base-ability/message-push.md,
/// https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Technical_Plan.html).
/// </summary>
internal static class MessagePushCrypto
{
    private const int RandomLength = 16;
    private const int LengthLength = 4;

    /// <summary>Hex SHA-1 of the parts sorted ordinally and concatenated (token, timestamp, nonce, and in secure mode Encrypt).</summary>
    public static string Signature(params string[] parts)
    {
        var sorted = parts.Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }

    public static bool SignatureMatches(string? signature, params string[] parts) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Signature(parts)), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));

    /// <summary>The AES-256 key: the 43-character EncodingAESKey plus "=", base64-decoded.</summary>
    public static byte[] AesKey(string encodingAesKey) => Convert.FromBase64String(encodingAesKey + "=");

    /// <summary>
    /// AES-256-CBC with IV = the key's first 16 bytes and PKCS#7 padding to 32-byte blocks; the plaintext is
    /// random(16) ‖ length (4, big-endian) ‖ message ‖ appid. Null when it does not decrypt or is not laid out so.
    /// </summary>
    public static (string Message, string AppId)? Decrypt(byte[] aesKey, string encrypted)
    {
        byte[] plain;
        try
        {
            using var aes = Aes.Create();
            aes.Key = aesKey;
            plain = aes.DecryptCbc(Convert.FromBase64String(encrypted), aesKey.AsSpan(0, 16), PaddingMode.None);
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            return null;
        }

        var pad = plain.Length == 0 ? 0 : plain[^1];
        if (pad is < 1 or > 32 || pad > plain.Length - RandomLength - LengthLength)
        {
            return null;
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(RandomLength, LengthLength));
        if (length < 0 || length > content.Length - RandomLength - LengthLength)
        {
            return null;
        }

        var message = content.Slice(RandomLength + LengthLength, length);
        var appId = content[(RandomLength + LengthLength + length)..];
        return (Encoding.UTF8.GetString(message), Encoding.UTF8.GetString(appId));
    }
}
