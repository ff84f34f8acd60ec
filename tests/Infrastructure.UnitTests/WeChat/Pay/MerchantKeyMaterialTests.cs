using System.ComponentModel.DataAnnotations;
using KnowledgePay.Infrastructure.WeChat.Pay;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

public sealed class MerchantKeyMaterialTests
{
    private const string Message = "POST\n/v3/pay/transactions/jsapi\n1767225600\nnonce\n{}\n";

    [Fact]
    public void PemTextAndFilePathsLoadTheSameKeys()
    {
        var fromFiles = TestKeys.Merchant();
        var options = TestKeys.Options();
        options.MerchantPrivateKey = TestKeys.Pem(TestKeys.MerchantKeyFile);
        options.PlatformCertificates = [TestKeys.Pem(TestKeys.PlatformCertificateFile)];
        options.PlatformPublicKey = TestKeys.FixturePath(TestKeys.PublicKeyFile);

        var fromText = MerchantKeyMaterial.Load(options);

        Assert.Equal(fromFiles.Sign(Message), fromText.Sign(Message));
        Assert.Equal(fromFiles.PlatformKeys.Serials.Order(), fromText.PlatformKeys.Serials.Order());
    }

    [Fact]
    public void PlatformKeysAreFoundByCertificateSerialAndPublicKeyId()
    {
        var merchant = TestKeys.Merchant();

        Assert.Equal(
            [TestKeys.PlatformCertificateSerial, TestKeys.PublicKeyId], merchant.PlatformKeys.Serials.Order(StringComparer.Ordinal));
        Assert.True(merchant.PlatformKeys.TryGet(TestKeys.PlatformCertificateSerial.ToLowerInvariant(), out _));
    }

    [Fact]
    public void CertificateModeAloneNeedsNoPublicKey()
    {
        var options = TestKeys.Options();
        options.PlatformPublicKey = null;
        options.PlatformPublicKeyId = null;
        options.MerchantCertificateSerial = TestKeys.MerchantSerial.ToLowerInvariant();

        var merchant = MerchantKeyMaterial.Load(options);

        Assert.Equal([TestKeys.PlatformCertificateSerial], merchant.PlatformKeys.Serials);
        Assert.Equal(TestKeys.MerchantSerial, merchant.CertificateSerial);
    }

    [Theory]
    [InlineData(nameof(WeChatPayOptions.ApiV3Key))]
    [InlineData(nameof(WeChatPayOptions.MerchantCertificateSerial))]
    [InlineData(nameof(WeChatPayOptions.PlatformPublicKeyId))]
    [InlineData(nameof(WeChatPayOptions.PlatformCertificates))]
    [InlineData(nameof(WeChatPayOptions.MchId))]
    public void RefusesOptionsThatBreakARule(string setting)
    {
        var options = TestKeys.Options();
        switch (setting)
        {
            case nameof(WeChatPayOptions.ApiV3Key):
                options.ApiV3Key = TestKeys.ApiV3Key[1..];
                break;
            case nameof(WeChatPayOptions.MerchantCertificateSerial):
                options.MerchantCertificateSerial = "serial-1";
                break;
            case nameof(WeChatPayOptions.PlatformPublicKeyId):
                options.PlatformPublicKeyId = "0119000000012026010100000000000001";
                break;
            case nameof(WeChatPayOptions.PlatformCertificates):
                options.PlatformCertificates = [" "];
                options.PlatformPublicKey = null;
                options.PlatformPublicKeyId = null;
                break;
            default:
                options.MchId = "";
                break;
        }

        var error = Assert.Throws<ValidationException>(() => MerchantKeyMaterial.Load(options));

        Assert.Contains(setting, error.ValidationResult.MemberNames);
    }

    [Fact]
    public void RefusesAPublicKeyWithoutItsId()
    {
        var options = TestKeys.Options();
        options.PlatformPublicKeyId = null;

        var error = Assert.Throws<ValidationException>(() => MerchantKeyMaterial.Load(options));

        Assert.Contains(nameof(WeChatPayOptions.PlatformPublicKeyId), error.ValidationResult.MemberNames);
    }

    [Fact]
    public void RefusesAPrivateKeyThatIsNotPkcs8()
    {
        var options = TestKeys.Options();
        options.MerchantPrivateKey = TestKeys.Pem(TestKeys.PublicKeyFile);

        var error = Assert.Throws<InvalidOperationException>(() => MerchantKeyMaterial.Load(options));

        Assert.Contains("PKCS#8", error.Message);
    }

    [Fact]
    public void NamesTheSettingButNotTheValueWhenAKeyIsNeitherPemNorAFile()
    {
        var options = TestKeys.Options();
        options.MerchantPrivateKey = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC";

        var error = Assert.Throws<InvalidOperationException>(() => MerchantKeyMaterial.Load(options));

        Assert.Contains("WeChatPay:MerchantPrivateKey", error.Message);
        Assert.DoesNotContain(options.MerchantPrivateKey, error.Message);
    }

    [Fact]
    public void PrintingTheMaterialOrTheOptionsRevealsNoSecret()
    {
        var options = TestKeys.Options();
        options.MerchantPrivateKey = TestKeys.Pem(TestKeys.MerchantKeyFile);
        var merchant = MerchantKeyMaterial.Load(options);

        string[] printed = [options.ToString()!, merchant.ToString()!, merchant.ApiV3Key.ToString()!];

        Assert.All(printed, text => Assert.DoesNotContain("PRIVATE KEY", text));
        Assert.All(printed, text => Assert.DoesNotContain(TestKeys.ApiV3Key, text));
    }
}
