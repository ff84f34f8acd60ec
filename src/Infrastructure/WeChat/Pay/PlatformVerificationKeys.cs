using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// WeChat Pay's signing keys by <c>Wechatpay-Serial</c>: platform certificates by their hex serial and the WeChat Pay
/// public key by its <c>PUB_KEY_ID_…</c>. Both kinds may be present at once while a merchant migrates (WECHAT.md §2.9).
/// </summary>
public sealed class PlatformVerificationKeys
{
    private readonly Dictionary<string, RSA> _keysBySerial;

    private PlatformVerificationKeys(Dictionary<string, RSA> keysBySerial) => _keysBySerial = keysBySerial;

    public IReadOnlyCollection<string> Serials => _keysBySerial.Keys;

    public static PlatformVerificationKeys FromPem(
        IEnumerable<string> certificatePems, string? publicKeyId = null, string? publicKeyPem = null)
    {
        var keys = new Dictionary<string, RSA>(StringComparer.OrdinalIgnoreCase);
        foreach (var pem in certificatePems)
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPem(pem);
            foreach (var certificate in certificates)
            {
                var serial = HexSerial(certificate);
                keys[serial] = certificate.GetRSAPublicKey()
                    ?? throw new InvalidOperationException($"Platform certificate {serial} has no RSA key.");
            }
        }

        if (publicKeyId is not null && publicKeyPem is not null)
        {
            var publicKey = RSA.Create();
            publicKey.ImportFromPem(publicKeyPem);
            keys[publicKeyId] = publicKey;
        }

        return new PlatformVerificationKeys(keys);
    }

    public bool TryGet(string serial, [NotNullWhen(true)] out RSA? key) => _keysBySerial.TryGetValue(serial, out key);

    /// <summary>
    /// The serial as a big-endian hex number without leading zeros, as WeChat and its SDKs print it (<c>%X</c> of the
    /// integer); .NET's <see cref="X509Certificate2.SerialNumber"/> keeps the DER sign byte, e.g. a leading <c>00</c>.
    /// </summary>
    private static string HexSerial(X509Certificate2 certificate) => certificate.SerialNumber.TrimStart('0');
}
