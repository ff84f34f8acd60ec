namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// Verifies a response or notification; a certificate serial we do not know may be a rotated platform certificate, so
/// the certificates are downloaded (rate-limited) and the signature checked once more
/// (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/wechatpay-certificates-rotation.html).
/// </summary>
internal sealed class RefreshingSignatureVerifier(WeChatPaySignatureVerifier verifier, PlatformCertificateDownloader certificates)
{
    public async Task<SignatureVerification> VerifyAsync(
        WeChatPaySignatureHeaders headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var verification = verifier.Verify(headers, body.Span);
        if (verification == SignatureVerification.UnknownSerial
            && PlatformVerificationKeys.IsCertificateSerial(headers.Serial!)
            && await certificates.RefreshAsync(headers.Serial!, cancellationToken))
        {
            verification = verifier.Verify(headers, body.Span);
        }

        return verification;
    }
}
