using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// AES-256-GCM under the key from <c>Identity:EncryptionKey</c>. Layout: version (1 byte) ‖ nonce (12) ‖ tag (16) ‖
/// ciphertext; the version byte leaves room to rotate the key or the cipher later.
/// </summary>
internal sealed class AesGcmSecretProtector(byte[] key) : ISecretProtector
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    public byte[] Protect(ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[HeaderSize + plaintext.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(HeaderSize), output.AsSpan(1 + NonceSize, TagSize));
        return output;
    }

    public byte[] Unprotect(ReadOnlySpan<byte> ciphertext)
    {
        if (ciphertext.Length < HeaderSize || ciphertext[0] != Version)
        {
            throw new CryptographicException("The protected value has an unknown format.");
        }

        var plaintext = new byte[ciphertext.Length - HeaderSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(ciphertext.Slice(1, NonceSize), ciphertext[HeaderSize..], ciphertext.Slice(1 + NonceSize, TagSize), plaintext);
        return plaintext;
    }

    public string Protect(string plaintext) => Convert.ToBase64String(Protect(Encoding.UTF8.GetBytes(plaintext)));

    public string Unprotect(string ciphertext) => Encoding.UTF8.GetString(Unprotect(Convert.FromBase64String(ciphertext)));
}
