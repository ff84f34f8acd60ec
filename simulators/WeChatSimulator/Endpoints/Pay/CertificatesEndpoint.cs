using System.Text;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary>
/// <c>GET /v3/certificates</c>: the platform certificates, each encrypted with the APIv3 key (https://pay.weixin.qq.com/docs/merchant/apis/platform-certificate/api-v3-get-certificates/get.html).
/// Merchants in public-key mode get 403, as reported for real ones.
/// </summary>
internal static class CertificatesEndpoint
{
    private const string AssociatedData = "certificate";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/v3/certificates", Handle).AsPayApi(PayApi.Certificates);

    private static IResult Handle(PayKeyring keyring)
    {
        var certificates = keyring.Certificates;
        if (certificates.Count == 0)
        {
            return PayResults.Error(PayErrors.NoCertificates());
        }
        return PayResults.Ok(new CertificateList([.. certificates.Select(certificate => new PlatformCertificate(
            certificate.Serial,
            BeijingTime.Format(certificate.EffectiveFrom),
            BeijingTime.Format(certificate.ExpiresAt),
            ResourceEncryption.Encrypt(
                keyring.ApiV3Key, AssociatedData, originalType: null, Encoding.UTF8.GetBytes(certificate.PublicPem))))]));
    }

    private sealed record CertificateList(IReadOnlyList<PlatformCertificate> Data);

    private sealed record PlatformCertificate(
        string SerialNo, string EffectiveTime, string ExpireTime, EncryptedResource EncryptCertificate);
}
