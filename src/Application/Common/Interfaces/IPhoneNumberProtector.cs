using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>
/// Phone numbers at rest: encrypted under the server's secret-protection key, found through a blind index keyed
/// separately, so that the index alone (in a look-up or a leaked table) reveals nothing and cannot be recomputed
/// without its own key.
/// </summary>
public interface IPhoneNumberProtector
{
    EncryptedPhone Protect(PhoneNumber phone);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The cipher text was altered or made under another key.</exception>
    PhoneNumber Reveal(EncryptedPhone phone);

    /// <summary>The value <see cref="EncryptedPhone.BlindIndex"/> holds for this number: equal numbers, equal indexes.</summary>
    string BlindIndex(PhoneNumber phone);
}
