using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using KnowledgePay.WeChatSimulator.Keys;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>
/// The keys the simulated WeChat Pay holds for its one merchant: the merchant's certificate (public key only), the
/// APIv3 key and the platform signing keys. The merchant private key is never kept.
/// </summary>
internal sealed class PayKeyring
{
    private readonly IOptions<PaySimulatorOptions> _options;
    private readonly SigningKey _publicKey;
    private readonly SigningKey _certificate;

    public PayKeyring(WeChatPayKeys keys, IOptions<PaySimulatorOptions> options)
    {
        _options = options;
        MchId = keys.Merchant.MchId;
        MerchantSerial = keys.Merchant.CertificateSerial;
        ApiV3Key = keys.Merchant.ApiV3Key;
        Mode = keys.Mode;
        using var certificate = X509Certificate2.CreateFromPem(keys.Merchant.CertificatePem);
        MerchantPublicKey = certificate.GetRSAPublicKey()
            ?? throw new InvalidOperationException("The merchant certificate has no RSA key.");
        _publicKey = new SigningKey(keys.PlatformPublicKey);
        _certificate = new SigningKey(keys.PlatformCertificate);
    }

    public string MchId { get; }

    public string MerchantSerial { get; }

    public RSA MerchantPublicKey { get; }

    public string ApiV3Key { get; }

    public PlatformKeyMode Mode { get; }

    /// <summary>The certificates <c>GET /v3/certificates</c> serves; none in public-key mode.</summary>
    public IEnumerable<PlatformKey> Certificates => Mode == PlatformKeyMode.PublicKey ? [] : [_certificate.Key];

    /// <summary>While migrating, a response follows the serial the request named in <c>Wechatpay-Serial</c>.</summary>
    public SigningKey ForResponse(string? requestedSerial) => Mode switch
    {
        PlatformKeyMode.PublicKey => _publicKey,
        PlatformKeyMode.Certificate => _certificate,
        _ => requestedSerial == _publicKey.Serial ? _publicKey : _certificate,
    };

    /// <summary>While migrating, callbacks switch at random (WECHAT.md §2.9).</summary>
    public SigningKey ForNotification() => Mode switch
    {
        PlatformKeyMode.PublicKey => _publicKey,
        PlatformKeyMode.Certificate => _certificate,
        _ => Random.Shared.NextDouble() < _options.Value.MigratingPublicKeyRatio ? _publicKey : _certificate,
    };
}
