using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.WeChatSimulator.Keys;
using KnowledgePay.WeChatSimulator.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class KeyMaterialTests
{
    [Fact]
    public void GeneratedMaterialIsShapedLikeWeChatPays()
    {
        var keys = TestPayKeys.MigratingMode;
        using var merchantCertificate = X509Certificate2.CreateFromPem(keys.Merchant.CertificatePem);
        using var platformCertificate = X509Certificate2.CreateFromPem(keys.PlatformCertificate.PublicPem);

        Assert.Matches("^[0-9A-F]{40}$", keys.Merchant.CertificateSerial);
        Assert.Equal(keys.Merchant.CertificateSerial, merchantCertificate.SerialNumber);
        Assert.Equal(keys.PlatformCertificate.Serial, platformCertificate.SerialNumber);
        Assert.Equal(2048, merchantCertificate.GetRSAPublicKey()!.KeySize);
        Assert.Matches("^PUB_KEY_ID_[0-9]{34}$", keys.PlatformPublicKey.Serial);
        Assert.Matches("^[A-Za-z0-9]{32}$", keys.Merchant.ApiV3Key);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", keys.Merchant.PrivateKeyPem);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", keys.PlatformPublicKey.PublicPem);
    }

    [Fact]
    public void PrintingTheMaterialShowsNoSecret()
    {
        var keys = TestPayKeys.MigratingMode;

        var printed = keys.ToString();

        Assert.Contains(keys.Merchant.MchId, printed);
        Assert.DoesNotContain("PRIVATE KEY", printed);
        Assert.DoesNotContain(keys.Merchant.ApiV3Key, printed);
    }

    [Theory]
    [InlineData(PlatformKeyMode.PublicKey, "PlatformPublicKey,PlatformPublicKeyId")]
    [InlineData(PlatformKeyMode.Certificate, "PlatformCertificates:0")]
    [InlineData(PlatformKeyMode.Migrating, "PlatformCertificates:0,PlatformPublicKey,PlatformPublicKeyId")]
    public void ProductSettingsNameThePlatformKeysOfTheMode(PlatformKeyMode mode, string platformSettings)
    {
        var keys = mode switch
        {
            PlatformKeyMode.PublicKey => TestPayKeys.PublicKeyMode,
            PlatformKeyMode.Certificate => TestPayKeys.CertificateMode,
            _ => TestPayKeys.MigratingMode,
        };

        var settings = keys.ProductSettings();
        var merchant = new Merchant(keys, TimeProvider.System);

        Assert.Equal(
            ["ApiV3Key", "MchId", "MerchantCertificateSerial", "MerchantPrivateKey", .. platformSettings.Split(',')],
            settings.Keys.Select(key => key["WeChatPay:".Length..]).Order(StringComparer.Ordinal));
        Assert.Equal(keys.ActivePlatformKeys.Select(key => key.Serial).Order(), merchant.Material.PlatformKeys.Serials.Order());
    }

    [Fact]
    public async Task KeygenWritesFilesTheProductAndAStandaloneSimulatorBothLoad()
    {
        var directory = Directory.CreateTempSubdirectory("wechatpay-keys-").FullName;
        try
        {
            Assert.Equal(0, KeygenCommand.Run(["--out", directory, "--mode", "certificate"]));

            var productOptions = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(directory, "product.settings.json")).Build()
                .GetSection(WeChatPayOptions.SectionName).Get<WeChatPayOptions>()!;
            productOptions.NotifyUrl = Merchant.NotifyUrl;
            var loaded = KeyDirectory.Read(directory);
            await using var sim = await PaySimulator.StartAsync(
                keys: loaded,
                settings: new Dictionary<string, string?> { [$"{PaySimulatorOptions.SectionName}:KeyDirectory"] = directory });
            var prepay = await sim.OrderAsync(sim.OrderBody(PaySimulator.NewOutTradeNo()));

            Assert.True(File.Exists(productOptions.MerchantPrivateKey));
            Assert.Equal(loaded.Merchant.MchId, MerchantKeyMaterial.Load(productOptions).MchId);
            Assert.Equal(PlatformKeyMode.Certificate, loaded.Mode);
            Assert.Equal(HttpStatusCode.OK, prepay.Status);
            Assert.Equal(SignatureVerification.Valid, sim.Merchant.Verify(prepay.Headers, prepay.Body));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task CertificatesServesThePlatformCertificateEncryptedWithTheApiV3Key()
    {
        await using var sim = await PaySimulator.StartAsync(keys: TestPayKeys.CertificateMode);

        var response = await sim.Pay.GetAsync("v3/certificates");
        var entry = response.Json.GetProperty("data")[0];
        var decrypted = sim.Merchant.Decrypt(entry.GetProperty("encrypt_certificate"));

        Assert.Equal(SignatureVerification.Valid, sim.Merchant.Verify(response.Headers, response.Body));
        Assert.Equal(TestPayKeys.CertificateMode.PlatformCertificate.Serial, entry.GetProperty("serial_no").GetString());
        Assert.Equal(TestPayKeys.CertificateMode.PlatformCertificate.PublicPem, Encoding.UTF8.GetString(decrypted.Plaintext));
    }

    [Fact]
    public async Task CertificatesIsRefusedInPublicKeyMode()
    {
        await using var sim = await PaySimulator.StartAsync();

        var response = await sim.Pay.GetAsync("v3/certificates");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }

    [Fact]
    public async Task MigratingResponsesFollowTheSerialTheRequestNames()
    {
        var keys = TestPayKeys.MigratingMode;
        await using var sim = await PaySimulator.StartAsync(keys: keys);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/pay/transactions/out-trade-no/NOPE123456?mchid={sim.Merchant.MchId}");
        request.Headers.Add("Wechatpay-Serial", keys.PlatformPublicKey.Serial);
        request.Headers.TryAddWithoutValidation("Authorization", sim.Merchant.Authorize(
            "GET", $"{sim.Host.Client.BaseAddress!.AbsolutePath}v3/pay/transactions/out-trade-no/NOPE123456?mchid={sim.Merchant.MchId}", string.Empty));

        using var response = await sim.Host.Client.SendAsync(request);
        var certificateAnswer = await sim.QueryAsync("NOPE123456");

        Assert.Equal(keys.PlatformPublicKey.Serial, response.Headers.GetValues("Wechatpay-Serial").Single());
        Assert.Equal(keys.PlatformCertificate.Serial, certificateAnswer.Headers["Wechatpay-Serial"]);
    }
}
