namespace KnowledgePay.Infrastructure.WeChat.Pay;

public enum ResourceDecryptionStatus
{
    Decrypted,
    UnsupportedAlgorithm,

    /// <summary>Missing field, ciphertext not base64 or shorter than the tag, or a nonce that is not 12 bytes.</summary>
    Malformed,

    /// <summary>The GCM tag did not match: a wrong APIv3 key or a tampered resource.</summary>
    AuthenticationFailed,
}

/// <summary>The outcome of decrypting an <see cref="EncryptedResource"/>; <see cref="Plaintext"/> is empty unless decrypted.</summary>
public sealed record ResourceDecryption(ResourceDecryptionStatus Status, byte[] Plaintext)
{
    public bool Succeeded => Status == ResourceDecryptionStatus.Decrypted;

    internal static ResourceDecryption Failed(ResourceDecryptionStatus status) => new(status, []);
}
