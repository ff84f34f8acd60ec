using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// WeChat Pay's signing keys by <c>Wechatpay-Serial</c>: platform certificates by their hex serial and the WeChat Pay
/// public key by its <c>PUB_KEY_ID_…</c>. Both kinds may be present at once while a merchant migrates (https://pay.weixin.qq.com/doc/v3/merchant/4012154180).
/// Certificates downloaded later are added; readers never lock because the set is replaced, never changed in place.
/// </summary>
public sealed class PlatformVerificationKeys
{
    public const string PublicKeyIdPrefix = "PUB_KEY_ID_";

    private readonly Lock _additions = new();
    private volatile Dictionary<string, PlatformKey> _keysBySerial;

    private PlatformVerificationKeys(Dictionary<string, PlatformKey> keysBySerial) => _keysBySerial = keysBySerial;

    public IReadOnlyCollection<string> Serials => _keysBySerial.Keys;

    /// <summary>
    /// The <c>Wechatpay-Serial</c> our requests carry, which steers how WeChat signs the response: the public key when
    /// configured, otherwise the platform certificate that expires last.
    /// </summary>
    public string RequestSerial => _keysBySerial
        .OrderByDescending(entry => entry.Value.NotAfter ?? DateTimeOffset.MaxValue)
        .Select(entry => entry.Key)
        .First();

    public static PlatformVerificationKeys FromPem(
        IEnumerable<string> certificatePems, string? publicKeyId = null, string? publicKeyPem = null)
    {
        var certificates = new X509Certificate2Collection();
        foreach (var pem in certificatePems)
        {
            certificates.ImportFromPem(pem);
        }

        var keys = ByHexSerial(certificates);
        if (publicKeyId is not null && publicKeyPem is not null)
        {
            var publicKey = RSA.Create();
            publicKey.ImportFromPem(publicKeyPem);
            keys[publicKeyId] = new PlatformKey(publicKey, NotAfter: null);
        }

        return new PlatformVerificationKeys(keys);
    }

    public static PlatformVerificationKeys FromCertificates(IEnumerable<X509Certificate2> certificates) =>
        new(ByHexSerial(certificates));

    /// <summary>A hex serial names a platform certificate, which <c>GET /v3/certificates</c> can supply when unknown.</summary>
    public static bool IsCertificateSerial(string serial) => !serial.StartsWith(PublicKeyIdPrefix, StringComparison.Ordinal);

    public bool TryGet(string serial, [NotNullWhen(true)] out RSA? key)
    {
        var found = _keysBySerial.TryGetValue(serial, out var entry);
        key = entry?.Key;
        return found;
    }

    /// <summary>Adds the keys of <paramref name="downloaded"/>; a serial already known keeps its key.</summary>
    public void Add(PlatformVerificationKeys downloaded)
    {
        lock (_additions)
        {
            var merged = new Dictionary<string, PlatformKey>(downloaded._keysBySerial, StringComparer.OrdinalIgnoreCase);
            foreach (var (serial, key) in _keysBySerial)
            {
                merged[serial] = key;
            }

            _keysBySerial = merged;
        }
    }

    private static Dictionary<string, PlatformKey> ByHexSerial(IEnumerable<X509Certificate2> certificates)
    {
        var keys = new Dictionary<string, PlatformKey>(StringComparer.OrdinalIgnoreCase);
        foreach (var certificate in certificates)
        {
            var serial = HexSerial(certificate);
            var key = certificate.GetRSAPublicKey()
                ?? throw new InvalidOperationException($"Platform certificate {serial} has no RSA key.");
            keys[serial] = new PlatformKey(key, certificate.NotAfter);
        }

        return keys;
    }

    /// <summary>
    /// The serial as a big-endian hex number without leading zeros, as WeChat and its SDKs print it (<c>%X</c> of the
    /// integer); .NET's <see cref="X509Certificate2.SerialNumber"/> keeps the DER sign byte, e.g. a leading <c>00</c>.
    /// </summary>
    private static string HexSerial(X509Certificate2 certificate) => certificate.SerialNumber.TrimStart('0');

    private sealed record PlatformKey(RSA Key, DateTimeOffset? NotAfter);
}
