using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>
/// AEAD_AES_256_GCM with the APIv3 key (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-callback-decryption.html): nonce and associated data as UTF-8 text, ciphertext base64
/// with the 16-byte tag appended.
/// </summary>
internal static class ResourceEncryption
{
    public const string Algorithm = "AEAD_AES_256_GCM";
    private const int TagSize = 16;

    public static EncryptedResource Encrypt(string apiV3Key, string associatedData, string? originalType, byte[] plaintext)
    {
        var nonce = PayIds.ResourceNonce();
        var sealedBytes = new byte[plaintext.Length + TagSize];
        using var aes = new AesGcm(Encoding.ASCII.GetBytes(apiV3Key), TagSize);
        aes.Encrypt(
            Encoding.UTF8.GetBytes(nonce), plaintext, sealedBytes.AsSpan(0, plaintext.Length),
            sealedBytes.AsSpan(plaintext.Length), Encoding.UTF8.GetBytes(associatedData));
        return new EncryptedResource(Algorithm, Convert.ToBase64String(sealedBytes), nonce, associatedData, originalType);
    }
}

internal sealed record EncryptedResource(
    string Algorithm, string Ciphertext, string Nonce, string AssociatedData, string? OriginalType);
