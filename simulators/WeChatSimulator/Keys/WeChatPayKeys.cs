namespace KnowledgePay.WeChatSimulator.Keys;

/// <summary>
/// A merchant's WeChat Pay key material and the platform keys that sign for it (simulators/WeChatSimulator/README.md). Generated in-process
/// by hosts and tests, or by <c>keygen</c> into files. The simulator takes only the merchant certificate, the APIv3
/// key and the platform keys from it; the product takes <see cref="ProductSettings()"/>.
/// </summary>
public sealed record WeChatPayKeys(
    MerchantKeys Merchant, PlatformKeyMode Mode, PlatformKey PlatformPublicKey, PlatformKey PlatformCertificate)
{
    /// <summary>The product adapter's configuration section.</summary>
    public const string ProductSection = "WeChatPay";

    public static WeChatPayKeys Generate(PlatformKeyMode mode = PlatformKeyMode.PublicKey, string? mchId = null) =>
        Generate(mode, mchId, TimeProvider.System.GetUtcNow());

    public static WeChatPayKeys Generate(PlatformKeyMode mode, string? mchId, DateTimeOffset now)
    {
        mchId ??= KeyFactory.MchId();
        var (certificatePem, privateKeyPem, serial) = KeyFactory.Certificate($"CN={mchId}, OU=KnowledgePay, C=CN", now);
        return new WeChatPayKeys(
            new MerchantKeys(mchId, serial, privateKeyPem, certificatePem, KeyFactory.ApiV3Key()),
            mode,
            KeyFactory.PlatformPublicKey(now),
            KeyFactory.PlatformCertificate(mchId, now));
    }

    /// <summary>The platform keys the merchant is told about in this mode.</summary>
    public IEnumerable<PlatformKey> ActivePlatformKeys => Mode switch
    {
        PlatformKeyMode.PublicKey => [PlatformPublicKey],
        PlatformKeyMode.Certificate => [PlatformCertificate],
        _ => [PlatformPublicKey, PlatformCertificate],
    };

    /// <summary>
    /// The product's <c>WeChatPay:*</c> settings as PEM text: <c>MchId</c>, <c>MerchantCertificateSerial</c>,
    /// <c>MerchantPrivateKey</c>, <c>ApiV3Key</c>, and per mode <c>PlatformPublicKey</c> + <c>PlatformPublicKeyId</c>
    /// and/or <c>PlatformCertificates:0</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ProductSettings() =>
        ProductSettings(PlatformPublicKey.PublicPem, PlatformCertificate.PublicPem, Merchant.PrivateKeyPem);

    internal IReadOnlyDictionary<string, string?> ProductSettings(
        string platformPublicKey, string platformCertificate, string merchantPrivateKey)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [$"{ProductSection}:MchId"] = Merchant.MchId,
            [$"{ProductSection}:MerchantCertificateSerial"] = Merchant.CertificateSerial,
            [$"{ProductSection}:MerchantPrivateKey"] = merchantPrivateKey,
            [$"{ProductSection}:ApiV3Key"] = Merchant.ApiV3Key,
        };
        if (Mode != PlatformKeyMode.Certificate)
        {
            settings[$"{ProductSection}:PlatformPublicKey"] = platformPublicKey;
            settings[$"{ProductSection}:PlatformPublicKeyId"] = PlatformPublicKey.Serial;
        }
        if (Mode != PlatformKeyMode.PublicKey)
        {
            settings[$"{ProductSection}:PlatformCertificates:0"] = platformCertificate;
        }
        return settings;
    }
}
