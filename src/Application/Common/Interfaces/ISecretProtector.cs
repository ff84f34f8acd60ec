namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>Authenticated encryption of secrets kept at rest (WeChat session keys …) under the server's own key.</summary>
public interface ISecretProtector
{
    byte[] Protect(ReadOnlySpan<byte> plaintext);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The ciphertext was altered or made under another key.</exception>
    byte[] Unprotect(ReadOnlySpan<byte> ciphertext);

    /// <summary>UTF-8 text in, base64 ciphertext out.</summary>
    string Protect(string plaintext);

    string Unprotect(string ciphertext);
}
