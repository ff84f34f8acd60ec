namespace KnowledgePay.Domain.Identity;

/// <summary>
/// A bound phone number as it is stored: the E.164 number encrypted by the server's secret protector, and its blind
/// index, a keyed hash that finds the user by number without decrypting anyone's (PIPL art. 51: encryption of personal
/// information, http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml). The domain only
/// stores and replaces the pair; neither can be turned back into the number here.
/// </summary>
public sealed record EncryptedPhone
{
    private EncryptedPhone(string ciphertext, string blindIndex)
    {
        Ciphertext = ciphertext;
        BlindIndex = blindIndex;
    }

    public string Ciphertext { get; private init; }

    public string BlindIndex { get; private init; }

    public static EncryptedPhone Of(string ciphertext, string blindIndex) =>
        string.IsNullOrEmpty(ciphertext) || ciphertext.Length > IdentityLimits.PhoneCiphertextLength
        || string.IsNullOrEmpty(blindIndex) || blindIndex.Length > IdentityLimits.PhoneBlindIndexLength
            ? throw IdentityErrors.InvalidPhoneNumber()
            : new EncryptedPhone(ciphertext, blindIndex);
}
