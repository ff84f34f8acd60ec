using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
        MchId = MchId,
        MerchantCertificateSerial = MerchantSerial,
        MerchantPrivateKey = FixturePath(MerchantKeyFile),
        ApiV3Key = ApiV3Key,
        PlatformCertificates = [FixturePath(PlatformCertificateFile)],
        PlatformPublicKey = Pem(PublicKeyFile),
        PlatformPublicKeyId = PublicKeyId,
    };

    public static MerchantKeyMaterial Merchant() => MerchantKeyMaterial.Load(Options());

    public static RSA MerchantPublicKey() =>
        X509Certificate2.CreateFromPem(Pem("test-only-merchant-apiclient_cert.pem")).GetRSAPublicKey()!;

    public static RSA PlatformCertificatePrivateKey() => PrivateKey("test-only-platform-cert-key.pem");

    public static RSA PublicKeyModePrivateKey() => PrivateKey("test-only-platform-pubkey-private.pem");

    private static RSA PrivateKey(string file)
    {
        var key = RSA.Create();
        key.ImportFromPem(Pem(file));
        return key;
    }
}
