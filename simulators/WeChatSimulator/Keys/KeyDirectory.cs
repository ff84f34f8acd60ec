using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Keys;

/// <summary>
/// <see cref="WeChatPayKeys"/> as files: <c>merchant/</c> and <c>platform/</c> hold what the product may read,
/// <c>simulator/</c> the platform private keys, <c>wechatpay.json</c> the ids and <c>product.settings.json</c> the
/// product's <c>WeChatPay</c> section pointing at the files.
/// </summary>
public static class KeyDirectory
{
    private const string IdsFile = "wechatpay.json";
    private const string ProductSettingsFile = "product.settings.json";
    private const string MerchantKeyFile = "merchant/apiclient_key.pem";
    private const string MerchantCertificateFile = "merchant/apiclient_cert.pem";
    private const string PublicKeyFile = "platform/pub_key.pem";
    private const string CertificateFile = "platform/platform_cert.pem";
    private const string PublicKeyPrivateFile = "simulator/pub_key_private.pem";
    private const string CertificatePrivateFile = "simulator/platform_cert_private.pem";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(WeChatPayKeys keys, string directory)
    {
        var root = Path.GetFullPath(directory);
        WriteFile(root, MerchantKeyFile, keys.Merchant.PrivateKeyPem);
        WriteFile(root, MerchantCertificateFile, keys.Merchant.CertificatePem);
        WriteFile(root, PublicKeyFile, keys.PlatformPublicKey.PublicPem);
        WriteFile(root, CertificateFile, keys.PlatformCertificate.PublicPem);
        WriteFile(root, PublicKeyPrivateFile, keys.PlatformPublicKey.PrivateKeyPem);
        WriteFile(root, CertificatePrivateFile, keys.PlatformCertificate.PrivateKeyPem);
        var ids = new KeyIds(
            keys.Merchant.MchId, keys.Merchant.CertificateSerial, keys.Merchant.ApiV3Key, keys.Mode,
            keys.PlatformPublicKey.Serial, keys.PlatformCertificate.Serial);
        WriteFile(root, IdsFile, JsonSerializer.Serialize(ids, Json));
        var productSettings = keys.ProductSettings(
            Path.Combine(root, PublicKeyFile), Path.Combine(root, CertificateFile), Path.Combine(root, MerchantKeyFile));
        WriteFile(root, ProductSettingsFile, JsonSerializer.Serialize(Nest(productSettings), Json));
    }

    public static WeChatPayKeys Read(string directory)
    {
        var root = Path.GetFullPath(directory);
        var ids = JsonSerializer.Deserialize<KeyIds>(ReadFile(root, IdsFile), Json)
            ?? throw new InvalidOperationException($"{IdsFile} in {root} is empty.");
        var now = TimeProvider.System.GetUtcNow();
        return new WeChatPayKeys(
            new MerchantKeys(
                ids.MchId, ids.MerchantCertificateSerial, ReadFile(root, MerchantKeyFile),
                ReadFile(root, MerchantCertificateFile), ids.ApiV3Key),
            ids.Mode,
            new PlatformKey(
                ids.PlatformPublicKeyId, PlatformKeyMode.PublicKey, ReadFile(root, PublicKeyFile),
                ReadFile(root, PublicKeyPrivateFile), now.AddDays(-1), DateTimeOffset.MaxValue),
            PlatformCertificateFrom(ReadFile(root, CertificateFile), ReadFile(root, CertificatePrivateFile), ids));
    }

    private static PlatformKey PlatformCertificateFrom(string certificatePem, string privateKeyPem, KeyIds ids)
    {
        using var certificate = X509Certificate2.CreateFromPem(certificatePem);
        return new PlatformKey(
            ids.PlatformCertificateSerial, PlatformKeyMode.Certificate, certificatePem, privateKeyPem,
            certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime());
    }

    /// <summary>Nests the flat <c>WeChatPay:*</c> keys the way a JSON configuration file spells them.</summary>
    private static Dictionary<string, object?> Nest(IReadOnlyDictionary<string, string?> settings)
    {
        const string certificatesKey = "PlatformCertificates";
        var section = new Dictionary<string, object?>(StringComparer.Ordinal);
        var certificates = new List<string?>();
        foreach (var (key, value) in settings)
        {
            var name = key[(WeChatPayKeys.ProductSection.Length + 1)..];
            if (name.StartsWith(certificatesKey + ":", StringComparison.Ordinal))
            {
                certificates.Add(value);
            }
            else
            {
                section[name] = value;
            }
        }
        if (certificates.Count > 0)
        {
            section[certificatesKey] = certificates;
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal) { [WeChatPayKeys.ProductSection] = section };
    }

    private static void WriteFile(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Private keys among them: readable by their owner only (0600).
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(text);
    }

    private static string ReadFile(string root, string relativePath) => File.ReadAllText(Path.Combine(root, relativePath));

    private sealed record KeyIds(
        string MchId,
        string MerchantCertificateSerial,
        string ApiV3Key,
        PlatformKeyMode Mode,
        string PlatformPublicKeyId,
        string PlatformCertificateSerial);
}
