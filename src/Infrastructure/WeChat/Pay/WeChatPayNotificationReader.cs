using KnowledgePay.Application.Common.Interfaces.Payments;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// Opens WeChat Pay's payment and refund notifications (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/signature-verification.html, https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-callback-decryption.html): signature over the raw bytes,
/// then the envelope, then the AEAD resource, then whose it is. Anything the sender controls yields a verdict, never
/// an exception.
/// </summary>
internal sealed class WeChatPayNotificationReader(
    RefreshingSignatureVerifier verifier,
    AeadAes256GcmDecryptor decryptor,
    IOptions<WeChatPayOptions> payOptions,
    IOptions<WeChatOptions> miniProgramOptions) : IPaymentNotificationReader
{
    private const string TransactionSucceeded = "TRANSACTION.SUCCESS";
    private static readonly string[] RefundEvents = ["REFUND.SUCCESS", "REFUND.ABNORMAL", "REFUND.CLOSED"];

    public async Task<PaymentNotificationReading> ReadAsync(
        IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var signatureHeaders = new WeChatPaySignatureHeaders(
            Header(headers, WeChatPaySignatureHeaders.TimestampHeader),
            Header(headers, WeChatPaySignatureHeaders.NonceHeader),
            Header(headers, WeChatPaySignatureHeaders.SignatureHeader),
            Header(headers, WeChatPaySignatureHeaders.SerialHeader));
        if (signatureHeaders is not { Timestamp: { Length: > 0 }, Nonce: { Length: > 0 }, Signature: { Length: > 0 }, Serial: { Length: > 0 } })
        {
            return Rejected(NotificationVerdict.MissingHeaders);
        }

        var verification = await verifier.VerifyAsync(signatureHeaders, body, cancellationToken);
        if (verification != SignatureVerification.Valid)
        {
            return Rejected(verification switch
            {
                SignatureVerification.Probe => NotificationVerdict.Probe,
                SignatureVerification.UnknownSerial => NotificationVerdict.UnknownSerial,
                SignatureVerification.StaleTimestamp => NotificationVerdict.StaleTimestamp,
                _ => NotificationVerdict.InvalidSignature,
            });
        }

        if (WeChatPayJson.TryRead<NotificationEnvelope>(body.Span) is not { Resource: { } resource } envelope)
        {
            return Rejected(NotificationVerdict.Malformed);
        }

        var isPayment = envelope.EventType == TransactionSucceeded;
        if (!isPayment && !RefundEvents.Contains(envelope.EventType))
        {
            return new PaymentNotificationReading(NotificationVerdict.UnsupportedEvent, envelope.Id, null);
        }

        var decryption = decryptor.Decrypt(resource);
        if (!decryption.Succeeded)
        {
            var verdict = decryption.Status == ResourceDecryptionStatus.AuthenticationFailed
                ? NotificationVerdict.DecryptionFailed
                : NotificationVerdict.Malformed;
            return new PaymentNotificationReading(verdict, envelope.Id, null);
        }

        return isPayment ? Payment(envelope.Id, decryption.Plaintext) : Refund(envelope.Id, decryption.Plaintext);
    }

    private PaymentNotificationReading Payment(string? id, byte[] plaintext)
    {
        if (WeChatPayJson.TryRead<TransactionReply>(plaintext) is not { } transaction
            || transaction.ToReport() is not { } report)
        {
            return new PaymentNotificationReading(NotificationVerdict.Malformed, id, null);
        }

        return transaction.AppId == miniProgramOptions.Value.AppId && transaction.MchId == payOptions.Value.MchId
            ? new PaymentNotificationReading(NotificationVerdict.Authentic, id, new TransactionNotification(report))
            : new PaymentNotificationReading(NotificationVerdict.ForeignMerchant, id, null);
    }

    /// <summary>A refund's plaintext names the merchant but not the app.</summary>
    private PaymentNotificationReading Refund(string? id, byte[] plaintext)
    {
        if (WeChatPayJson.TryRead<RefundReply>(plaintext) is not { } refund || refund.ToReport() is not { } report)
        {
            return new PaymentNotificationReading(NotificationVerdict.Malformed, id, null);
        }

        return refund.MchId == payOptions.Value.MchId
            ? new PaymentNotificationReading(NotificationVerdict.Authentic, id, new RefundNotification(report))
            : new PaymentNotificationReading(NotificationVerdict.ForeignMerchant, id, null);
    }

    private static PaymentNotificationReading Rejected(NotificationVerdict verdict) => new(verdict, null, null);

    private static string? Header(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.TryGetValue(name, out var value)
            ? value
            : headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
