namespace KnowledgePay.Domain.Identity;

/// <summary>Column sizes and counts shared by the identity aggregates, their validators and their EF mappings.</summary>
public static class IdentityLimits
{
    /// <summary>WeChat openids and unionids are 28 characters today; the margin absorbs a format change.</summary>
    public const int WeChatIdLength = 64;

    public const int NicknameLength = 32;
    public const int UrlLength = 512;
    public const int OccupationLength = 64;
    public const int CityLength = 64;
    /// <summary>The clear-text column of earlier releases, kept until its rows are encrypted (ADR 0043).</summary>
    public const int PhoneNumberLength = 24;

    /// <summary>Base64 of version, nonce, tag and a 16-character E.164 number (60), with room for another cipher.</summary>
    public const int PhoneCiphertextLength = 128;

    /// <summary>Base64 of an HMAC-SHA256 digest.</summary>
    public const int PhoneBlindIndexLength = 44;
    public const int MaxInterestTags = 10;

    /// <summary>Base64 of nonce, ciphertext and tag for a 24-character session_key, with room for another cipher.</summary>
    public const int SessionKeyCiphertextLength = 256;

    /// <summary>Hex of a SHA-256 digest.</summary>
    public const int TokenHashLength = 64;
}
