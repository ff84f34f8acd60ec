namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <summary>
/// Authenticates and opens a provider's push notification (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html): verifies the signature on the
/// raw body bytes, decrypts the resource and checks it was meant for our merchant and app. A signature by a platform
/// certificate we do not know yet may first make it download the current ones (rate-limited).
/// </summary>
public interface IPaymentNotificationReader
{
    /// <param name="headers">The request headers as received (case-insensitive lookup).</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    Task<PaymentNotificationReading> ReadAsync(
        IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
}

public sealed record PaymentNotificationReading(NotificationVerdict Verdict, string? NotificationId, PaymentNotification? Notification)
{
    public bool IsAuthentic => Verdict == NotificationVerdict.Authentic;
}

public enum NotificationVerdict
{
    Authentic,
    MissingHeaders,
    InvalidSignature,

    /// <summary>A <c>WECHATPAY/SIGNTEST/</c> probe: the provider checking that we verify. Treated as a bad signature.</summary>
    Probe,
    UnknownSerial,
    StaleTimestamp,

    /// <summary>The resource did not decrypt (wrong APIv3 key, or tampered).</summary>
    DecryptionFailed,

    /// <summary>Authentic, but for another merchant id or app id.</summary>
    ForeignMerchant,
    Malformed,

    /// <summary>Authentic, but an event type we do not act on.</summary>
    UnsupportedEvent,
}

/// <summary>A verified notification: a payment or a refund that changed state.</summary>
public abstract record PaymentNotification;

public sealed record TransactionNotification(TransactionReport Transaction) : PaymentNotification;

public sealed record RefundNotification(RefundReport Refund) : PaymentNotification;
