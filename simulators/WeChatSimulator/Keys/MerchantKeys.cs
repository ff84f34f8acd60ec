namespace KnowledgePay.WeChatSimulator.Keys;

/// <summary>
/// What the merchant downloads from the merchant portal: the API key pair (<c>apiclient_key.pem</c>, PKCS#8), its
/// certificate (<c>apiclient_cert.pem</c>) and serial, and the 32-character APIv3 key.
/// </summary>
public sealed record MerchantKeys(
    string MchId, string CertificateSerial, string PrivateKeyPem, string CertificatePem, string ApiV3Key)
{
    /// <summary>Names the keys without printing secrets, so logging the material leaks nothing.</summary>
    public override string ToString() => $"MerchantKeys {{ MchId = {MchId}, CertificateSerial = {CertificateSerial} }}";
}
