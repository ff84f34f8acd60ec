using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// The E.164 number under the secret protector (AES-256-GCM, <c>Identity:EncryptionKey</c>) and, as its blind index,
/// HMAC-SHA256 of the same text under <c>Identity:PhoneIndexKey</c>: a key of its own, so that the index cannot be
/// recomputed (and the few billion possible numbers tried against it) by whoever holds only the encryption key.
/// </summary>
internal sealed class PhoneNumberProtector(ISecretProtector protector, byte[] indexKey) : IPhoneNumberProtector
{
    public EncryptedPhone Protect(PhoneNumber phone) => EncryptedPhone.Of(protector.Protect(phone.E164), BlindIndex(phone));

    public PhoneNumber Reveal(EncryptedPhone phone) =>
        PhoneNumber.TryParse(protector.Unprotect(phone.Ciphertext), out var revealed)
            ? revealed
            : throw new CryptographicException("The protected phone number is not in E.164 form.");

    public string BlindIndex(PhoneNumber phone) =>
        Convert.ToBase64String(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(phone.E164)));
}
