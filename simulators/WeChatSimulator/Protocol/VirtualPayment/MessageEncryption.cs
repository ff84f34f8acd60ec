using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;

/// <summary>
/// The message push's signature and secure-mode encryption (https://developers.weixin.qq.com/minigame/dev/guide/base-ability/message-push.md,
/// https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Technical_Plan.html):
/// SHA-1 over the sorted parts; AES-256-CBC, key = base64(EncodingAESKey + "="), IV = its first 16 bytes, PKCS#7 to
/// 32-byte blocks over random(16) ‖ length (big-endian) ‖ message ‖ appid.
/// </summary>
internal static class MessageEncryption
{
    private const int Block = 32;

    public static string Signature(params string[] parts) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts.Order(StringComparer.Ordinal)))));

    public static string Encrypt(string encodingAesKey, string message, string appId)
    {
        var key = Convert.FromBase64String(encodingAesKey + "=");
        var messageBytes = Encoding.UTF8.GetBytes(message);
        var appIdBytes = Encoding.UTF8.GetBytes(appId);
        var length = 16 + 4 + messageBytes.Length + appIdBytes.Length;
        var pad = Block - (length % Block);
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), messageBytes.Length);
        messageBytes.CopyTo(plain, 20);
        appIdBytes.CopyTo(plain, 20 + messageBytes.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>A key no merchant has, for the wrong-key fault.</summary>
    public static string RandomEncodingAesKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))[..43];
}
