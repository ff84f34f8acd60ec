using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Domain.UnitTests.Identity;

public sealed class PhoneNumberTests
{
    public static TheoryData<string, string> Spellings => new()
    {
        { "13812345678", "+8613812345678" },
        { "138 1234 5678", "+8613812345678" },
        { "138-1234-5678", "+8613812345678" },
        { "+86 138 1234 5678", "+8613812345678" },
        { "008613812345678", "+8613812345678" },
        { "+1 (202) 555-0123", "+12025550123" },
        { "+852 6123 4567", "+85261234567" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void NormalisesEverySpellingOfANumberToE164(string written, string e164)
    {
        Assert.True(PhoneNumber.TryParse(written, out var phone));
        Assert.Equal(e164, phone.E164);
        Assert.Equal(PhoneNumber.Parse(e164), phone);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345678")]
    [InlineData("23812345678")]
    [InlineData("1381234567")]
    [InlineData("+86 138 1234 5678 9999")]
    [InlineData("+1234567")]
    [InlineData("+0123456789")]
    [InlineData("+86 138x1234")]
    [InlineData("tel:13812345678")]
    public void RejectsWhatIsNotAPhoneNumberWithATypedError(string? written)
    {
        Assert.False(PhoneNumber.TryParse(written, out _));
        Assert.Equal("PHONE_NUMBER_UNREADABLE", Assert.Throws<DomainException>(() => PhoneNumber.Parse(written)).Code);
    }

    [Fact]
    public void JoinsWeChatsCountryCodeAndPureNumberAndFallsBackToTheFullNumberWithoutACode()
    {
        Assert.Equal("+8613912345678", PhoneNumber.FromWeChat("86", "13912345678", "13912345678").E164);
        Assert.Equal("+12025550123", PhoneNumber.FromWeChat("1", "2025550123", "+1 2025550123").E164);
        Assert.Equal("+8613912345678", PhoneNumber.FromWeChat("", "", "13912345678").E164);
        Assert.Equal("USER_INVALID_PHONE_NUMBER", Assert.Throws<DomainException>(() => PhoneNumber.FromWeChat("86", "abc", "abc")).Code);
    }

    [Theory]
    [InlineData("+8613812345678", "138****5678")]
    [InlineData("+12025550123", "+120****0123")]
    [InlineData("+85261234567", "+852****4567")]
    public void MasksAllButTheFirstThreeAndLastFourDigits(string e164, string masked)
    {
        var phone = PhoneNumber.Parse(e164);

        Assert.Equal(masked, phone.Masked());
        Assert.Equal(masked, phone.ToString());
    }

    [Fact]
    public void AnEncryptedPhoneNeedsBothACipherTextAndAnIndexOfTheirSize()
    {
        var index = new string('i', IdentityLimits.PhoneBlindIndexLength);

        Assert.Equal("c", EncryptedPhone.Of("c", index).Ciphertext);
        Assert.Throws<DomainException>(() => EncryptedPhone.Of("", index));
        Assert.Throws<DomainException>(() => EncryptedPhone.Of("c", ""));
        Assert.Throws<DomainException>(() => EncryptedPhone.Of(new string('c', IdentityLimits.PhoneCiphertextLength + 1), index));
        Assert.Throws<DomainException>(() => EncryptedPhone.Of("c", index + "i"));
    }

    [Fact]
    public void BindingReplacesTheNumberAndClearingForgetsCipherAndIndex()
    {
        var user = User.SignUp("openid-1", null, EncryptedSessionKey.Of("k", DateTimeOffset.UnixEpoch), DateTimeOffset.UnixEpoch);

        user.BindPhone(EncryptedPhone.Of("cipher-1", "index-1"));
        user.BindPhone(EncryptedPhone.Of("cipher-2", "index-2"));
        var bound = user.Phone;
        user.ClearPhone();

        Assert.Equal(EncryptedPhone.Of("cipher-2", "index-2"), bound);
        Assert.Null(user.Phone);
        Assert.Null(user.PhoneCiphertext);
        Assert.Null(user.PhoneBlindIndex);
    }
}
