using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Keys;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>
/// The keys the simulated WeChat Pay holds for its one merchant: the merchant's certificate (public key only), the
/// APIv3 key and the platform signing keys. The merchant private key is never kept. Platform certificates rotate:
/// a new one is listed at once and signs from its effective time on.
/// </summary>
internal sealed class PayKeyring : ISimulatorState
{
    private readonly IOptions<PaySimulatorOptions> _options;
    private readonly SimulatedClock _clock;
    private readonly SigningKey _publicKey;
    private readonly SigningKey _firstCertificate;
    private readonly Lock _lock = new();
    private List<SigningKey> _certificates;

    public PayKeyring(WeChatPayKeys keys, IOptions<PaySimulatorOptions> options, SimulatedClock clock)
    {
        _options = options;
        _clock = clock;
        MchId = keys.Merchant.MchId;
        MerchantSerial = keys.Merchant.CertificateSerial;
        ApiV3Key = keys.Merchant.ApiV3Key;
        Mode = keys.Mode;
        using var certificate = X509Certificate2.CreateFromPem(keys.Merchant.CertificatePem);
        MerchantPublicKey = certificate.GetRSAPublicKey()
            ?? throw new InvalidOperationException("The merchant certificate has no RSA key.");
        _publicKey = new SigningKey(keys.PlatformPublicKey);
        _firstCertificate = new SigningKey(keys.PlatformCertificate);
        _certificates = [_firstCertificate];
    }

    public string MchId { get; }

    public string MerchantSerial { get; }

    public RSA MerchantPublicKey { get; }

    public string ApiV3Key { get; }

    public PlatformKeyMode Mode { get; }

    /// <summary>The certificates <c>GET /v3/certificates</c> serves, announced ones included; none in public-key mode.</summary>
    public IReadOnlyList<PlatformKey> Certificates
    {
        get
        {
            lock (_lock)
            {
                return Mode == PlatformKeyMode.PublicKey ? [] : [.. _certificates.Select(certificate => certificate.Key)];
            }
        }
    }

    /// <summary>While migrating, a response follows the serial the request named in <c>Wechatpay-Serial</c>.</summary>
    public SigningKey ForResponse(string? requestedSerial) => Mode switch
    {
        PlatformKeyMode.PublicKey => _publicKey,
        PlatformKeyMode.Certificate => CurrentCertificate(),
        _ => requestedSerial == _publicKey.Serial ? _publicKey : CurrentCertificate(),
    };

    /// <summary>While migrating, callbacks switch at random (https://pay.weixin.qq.com/doc/v3/merchant/4012154180).</summary>
    public SigningKey ForNotification() => Mode switch
    {
        PlatformKeyMode.PublicKey => _publicKey,
        PlatformKeyMode.Certificate => CurrentCertificate(),
        _ => Random.Shared.NextDouble() < _options.Value.MigratingPublicKeyRatio ? _publicKey : CurrentCertificate(),
    };

    /// <summary>Issues a new platform certificate that signs once <paramref name="preannounce"/> has passed.</summary>
    public PlatformKey RotateCertificate(TimeSpan preannounce)
    {
        var now = _clock.GetUtcNow();
        var issued = KeyFactory.PlatformCertificate(MchId, now);
        var announced = new SigningKey(issued with { EffectiveFrom = now + preannounce });
        lock (_lock)
        {
            _certificates = [.. _certificates, announced];
        }
        return announced.Key;
    }

    public void Reset()
    {
        lock (_lock)
        {
            _certificates = [_firstCertificate];
        }
    }

    /// <summary>The newest certificate already in effect.</summary>
    private SigningKey CurrentCertificate()
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            return _certificates.Last(certificate => certificate.Key.EffectiveFrom <= now);
        }
    }
}
