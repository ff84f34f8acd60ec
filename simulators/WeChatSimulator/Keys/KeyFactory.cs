using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.Keys;

/// <summary>RSA-2048 keys and self-signed certificates shaped like the ones WeChat Pay issues.</summary>
internal static class KeyFactory
{
    private static readonly TimeSpan CertificateLifetime = TimeSpan.FromDays(5 * 365);

    public static string MchId() => "1" + RandomNumberGenerator.GetString(RandomText.Digits, 9);

    public static string ApiV3Key() => RandomNumberGenerator.GetString(RandomText.Alphanumeric, 32);

    public static string PublicKeyId() => "PUB_KEY_ID_" + RandomNumberGenerator.GetString(RandomText.Digits, 34);

    /// <summary>
    /// 20 random bytes in upper-case hex. The first byte is kept in 0x10–0x7F so the DER integer needs neither a sign
    /// byte nor loses a leading zero: the hex then reads the same in .NET, OpenSSL and WeChat's <c>%X</c>.
    /// </summary>
    public static byte[] SerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(20);
        serial[0] = (byte)(0x10 + (serial[0] % 0x70));
        return serial;
    }

    public static (string CertificatePem, string PrivateKeyPem, string Serial) Certificate(
        string subject, DateTimeOffset now)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(
            new X500DistinguishedName(subject), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var serial = SerialNumber();
        using var certificate = request.Create(
            request.SubjectName,
            X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1),
            now.AddDays(-1),
            now + CertificateLifetime,
            serial);
        return (certificate.ExportCertificatePem(), rsa.ExportPkcs8PrivateKeyPem(), Convert.ToHexString(serial));
    }

    public static (string PublicKeyPem, string PrivateKeyPem) KeyPair()
    {
        using var rsa = RSA.Create(2048);
        return (rsa.ExportSubjectPublicKeyInfoPem(), rsa.ExportPkcs8PrivateKeyPem());
    }

    public static PlatformKey PlatformCertificate(string mchId, DateTimeOffset now)
    {
        var (certificatePem, privateKeyPem, serial) = Certificate($"CN=Tenpay.com Root CA {mchId}, O=Tenpay.com, C=CN", now);
        return new PlatformKey(
            serial, PlatformKeyMode.Certificate, certificatePem, privateKeyPem, now.AddDays(-1), now + CertificateLifetime);
    }

    public static PlatformKey PlatformPublicKey(DateTimeOffset now)
    {
        var (publicKeyPem, privateKeyPem) = KeyPair();
        return new PlatformKey(
            PublicKeyId(), PlatformKeyMode.PublicKey, publicKeyPem, privateKeyPem, now.AddDays(-1), DateTimeOffset.MaxValue);
    }
}
