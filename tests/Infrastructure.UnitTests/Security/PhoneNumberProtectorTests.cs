using System.Security.Cryptography;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Infrastructure.Security;

namespace KnowledgePay.Infrastructure.UnitTests.Security;

public sealed class PhoneNumberProtectorTests
{
    private static readonly PhoneNumber Phone = PhoneNumber.Parse("+86 139 1234 5678");

    [Fact]
    public void RevealsWhatItProtectedButEncryptsEachTimeAfresh()
    {
        var phones = Protector(NewKey(), NewKey());

        var first = phones.Protect(Phone);
        var second = phones.Protect(Phone);

        Assert.Equal(Phone, phones.Reveal(first));
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
        Assert.DoesNotContain("13912345678", first.Ciphertext);
    }

    [Fact]
    public void GivesOneNumberOneIndexUnderAKeyAndAnotherUnderAnotherKey()
    {
        var indexKey = NewKey();

        var index = Protector(NewKey(), indexKey).BlindIndex(Phone);

        Assert.Equal(index, Protector(NewKey(), indexKey).BlindIndex(PhoneNumber.Parse("13912345678")));
        Assert.Equal(index, Protector(NewKey(), indexKey).Protect(Phone).BlindIndex);
        Assert.NotEqual(index, Protector(NewKey(), NewKey()).BlindIndex(Phone));
        Assert.NotEqual(index, Protector(NewKey(), indexKey).BlindIndex(PhoneNumber.Parse("13912345679")));
    }

    [Fact]
    public void CannotRevealUnderAnotherEncryptionKey()
    {
        var indexKey = NewKey();
        var stored = Protector(NewKey(), indexKey).Protect(Phone);

        Assert.ThrowsAny<CryptographicException>(() => Protector(NewKey(), indexKey).Reveal(stored));
    }

    private static PhoneNumberProtector Protector(byte[] encryptionKey, byte[] indexKey) =>
        new(new AesGcmSecretProtector(encryptionKey), indexKey);

    private static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);
}
