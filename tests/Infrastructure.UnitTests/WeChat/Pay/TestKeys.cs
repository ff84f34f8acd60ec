using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using KnowledgePay.Infrastructure.WeChat.Pay;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

/// <summary>The throwaway key pairs in Fixtures/ (see its README) and fixed protocol values.</summary>
internal static class TestKeys
{
    public const string MchId = "1900000001";
    public const string MerchantSerial = "DE7740D8A013C731A6DC8852689619D063BEB232";
    public const string PlatformCertificateSerial = "88A4705C02897F50FD7C41D1C6C680335E524091";
    public const string PublicKeyId = "PUB_KEY_ID_0119000000012026010100000000000001";
    public const string ApiV3Key = "TestOnlyApiV3Key0123456789abcdef";

    /// <summary>2026-01-01T00:00:00Z.</summary>
    public const long Timestamp = 1767225600;
    public const string Nonce = "593BEC0C930BF1AFEB40B4A08C8FB242";

    public const string MerchantKeyFile = "test-only-merchant-apiclient_key.pem";
    public const string PlatformCertificateFile = "test-only-platform-cert.pem";
    public const string PublicKeyFile = "test-only-platform-pub_key.pem";

    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(Timestamp);

    public static string FixturePath(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static string Pem(string file) => File.ReadAllText(FixturePath(file));

    public static WeChatPayOptions Options() => new()
    {
        NotifyUrl = new Uri("https://shop.example/payments/wechat/notify"),
        MchId = MchId,
        MerchantCertificateSerial = MerchantSerial,
        MerchantPrivateKey = FixturePath(MerchantKeyFile),
        ApiV3Key = ApiV3Key,
        PlatformCertificates = [FixturePath(PlatformCertificateFile)],
        PlatformPublicKey = Pem(PublicKeyFile),
        PlatformPublicKeyId = PublicKeyId,
    };

    public static MerchantKeyMaterial Merchant() => MerchantKeyMaterial.Load(Options());

    /// <summary>Checks a merchant signature with the public key from the merchant certificate, as WeChat does.</summary>
    public static bool IsMerchantSignature(string message, string signature) =>
        X509Certificate2.CreateFromPem(Pem("test-only-merchant-apiclient_cert.pem")).GetRSAPublicKey()!.VerifyData(
            Encoding.UTF8.GetBytes(message), Convert.FromBase64String(signature),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public static RSA PlatformCertificatePrivateKey() => PrivateKey("test-only-platform-cert-key.pem");

    public static RSA PublicKeyModePrivateKey() => PrivateKey("test-only-platform-pubkey-private.pem");

    private static RSA PrivateKey(string file)
    {
        var key = RSA.Create();
        key.ImportFromPem(Pem(file));
        return key;
    }
}
