using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// Everything the merchant signs, decrypts and verifies with, loaded once from <see cref="WeChatPayOptions"/>. The
/// private key never leaves this class: callers get signatures, not the key.
/// </summary>
public sealed class MerchantKeyMaterial
{
    private const string Pkcs8Label = "PRIVATE KEY";

    private readonly RSA _privateKey;

    private MerchantKeyMaterial(
        string mchId, string certificateSerial, RSA privateKey, ApiV3Key apiV3Key, PlatformVerificationKeys platformKeys)
    {
        MchId = mchId;
        CertificateSerial = certificateSerial;
        _privateKey = privateKey;
        ApiV3Key = apiV3Key;
        PlatformKeys = platformKeys;
    }

    public string MchId { get; }

    /// <summary>The merchant API certificate serial, upper-case hex, as WeChat prints it.</summary>
    public string CertificateSerial { get; }

    public ApiV3Key ApiV3Key { get; }

    public PlatformVerificationKeys PlatformKeys { get; }

    public static MerchantKeyMaterial Load(WeChatPayOptions options)
    {
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        var platformKeys = PlatformVerificationKeys.FromPem(
            options.PlatformCertificates
                .Where(c => !string.IsNullOrWhiteSpace(c))
                .Select(c => PemSource.Read(c, nameof(options.PlatformCertificates))),
            options.PlatformPublicKeyId,
            options.PlatformPublicKey is { } publicKey ? PemSource.Read(publicKey, nameof(options.PlatformPublicKey)) : null);
        return new MerchantKeyMaterial(
            options.MchId,
            options.MerchantCertificateSerial.ToUpperInvariant(),
            ImportPrivateKey(PemSource.Read(options.MerchantPrivateKey, nameof(options.MerchantPrivateKey))),
            ApiV3Key.FromText(options.ApiV3Key),
            platformKeys);
    }

    /// <summary>Base64 of SHA256withRSA (PKCS#1 v1.5) over the UTF-8 bytes of <paramref name="message"/>.</summary>
    public string Sign(string message) => Convert.ToBase64String(
        _privateKey.SignData(Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    private static RSA ImportPrivateKey(string pem)
    {
        if (!PemEncoding.TryFind(pem, out var fields) || pem[fields.Label] is not Pkcs8Label)
        {
            throw new InvalidOperationException("WeChatPay:MerchantPrivateKey must be a PKCS#8 PEM (BEGIN PRIVATE KEY).");
        }

        var key = RSA.Create();
        key.ImportPkcs8PrivateKey(Convert.FromBase64String(pem[fields.Base64Data]), out _);
        return key;
    }
}
