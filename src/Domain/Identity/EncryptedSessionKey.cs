namespace KnowledgePay.Domain.Identity;

/// <summary>
/// The user's latest WeChat session_key as ciphertext from the server's secret protector, with when WeChat issued it.
/// The domain only stores and replaces it: the plain key never leaves the server and is not ours to read here.
/// </summary>
public sealed record EncryptedSessionKey
{
    private EncryptedSessionKey(string ciphertext, DateTimeOffset obtainedAt)
    {
        Ciphertext = ciphertext;
        ObtainedAt = obtainedAt;
    }

    public string Ciphertext { get; private init; }

    public DateTimeOffset ObtainedAt { get; private init; }

    /// <summary>No key: an erased account's.</summary>
    public static EncryptedSessionKey Cleared { get; } = new(string.Empty, DateTimeOffset.UnixEpoch);

    public static EncryptedSessionKey Of(string ciphertext, DateTimeOffset obtainedAt) =>
        string.IsNullOrEmpty(ciphertext) || ciphertext.Length > IdentityLimits.SessionKeyCiphertextLength
            ? throw IdentityErrors.InvalidSessionKey()
            : new EncryptedSessionKey(ciphertext, obtainedAt);
}
