using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// Decrypts AEAD_AES_256_GCM resources with the APIv3 key (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-callback-decryption.html): nonce and associated data are UTF-8 text,
/// the ciphertext is base64 with the 16-byte tag appended. Failures come back typed, never as exceptions.
/// </summary>
public sealed class AeadAes256GcmDecryptor(ApiV3Key key)
{
    public const string Algorithm = "AEAD_AES_256_GCM";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public ResourceDecryption Decrypt(EncryptedResource resource)
    {
        if (resource.Algorithm != Algorithm)
        {
            return ResourceDecryption.Failed(ResourceDecryptionStatus.UnsupportedAlgorithm);
        }

        if (resource.Nonce is null || Encoding.UTF8.GetByteCount(resource.Nonce) != NonceSize || resource.Ciphertext is null)
        {
            return ResourceDecryption.Failed(ResourceDecryptionStatus.Malformed);
        }

        var sealedBytes = new byte[resource.Ciphertext.Length];
        if (!Convert.TryFromBase64String(resource.Ciphertext, sealedBytes, out var sealedLength) || sealedLength < TagSize)
        {
            return ResourceDecryption.Failed(ResourceDecryptionStatus.Malformed);
        }

        var ciphertextLength = sealedLength - TagSize;
        var plaintext = new byte[ciphertextLength];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagSize);
            aes.Decrypt(
                Encoding.UTF8.GetBytes(resource.Nonce),
                sealedBytes.AsSpan(0, ciphertextLength),
                sealedBytes.AsSpan(ciphertextLength, TagSize),
                plaintext,
                Encoding.UTF8.GetBytes(resource.AssociatedData ?? string.Empty));
        }
        catch (AuthenticationTagMismatchException)
        {
            return ResourceDecryption.Failed(ResourceDecryptionStatus.AuthenticationFailed);
        }

        return new ResourceDecryption(ResourceDecryptionStatus.Decrypted, plaintext);
    }
}
