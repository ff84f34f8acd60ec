namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <summary>
/// WeChat's message push for the mini program (https://developers.weixin.qq.com/minigame/dev/guide/base-ability/message-push.md),
/// which carries Virtual Payment's delivery and refund events: checks the signature over token, timestamp and nonce
/// (and the ciphertext in secure mode), decrypts, checks the app id, and reads the event.
/// </summary>
public interface IVirtualPaymentPushReader
{
    /// <summary>The server-address check (GET): <c>echostr</c> to echo when the signature is ours, else null.</summary>
    /// <param name="query">The query string's parameters as received.</param>
    string? Handshake(IReadOnlyDictionary<string, string> query);

    /// <param name="query">The query string's parameters as received.</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    VirtualPaymentPushReading Read(IReadOnlyDictionary<string, string> query, ReadOnlyMemory<byte> body);
}

public sealed record VirtualPaymentPushReading(PushVerdict Verdict, VirtualPaymentPush? Push)
{
    public bool IsAuthentic => Verdict == PushVerdict.Authentic;
}

public enum PushVerdict
{
    Authentic,
    InvalidSignature,

    /// <summary>Signed too long ago (or in the future): a replay.</summary>
    StaleTimestamp,
    DecryptionFailed,

    /// <summary>Decrypted, but for another app id.</summary>
    ForeignApp,
    Malformed,

    /// <summary>Authentic, but an event we do not act on.</summary>
    UnsupportedEvent,
}

/// <summary>An authentic Virtual Payment event (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/wechatpay/virtual-payment-callback.md).</summary>
public abstract record VirtualPaymentPush;

/// <summary><c>xpay_goods_deliver_notify</c>: WeChat says the buyer paid for the goods of <paramref name="OutTradeNo"/>; proven only by a query.</summary>
public sealed record GoodsDeliveryPush(string OutTradeNo, string OpenId) : VirtualPaymentPush;

/// <summary><c>xpay_refund_notify</c>: the outcome of a refund we started.</summary>
public sealed record VirtualPaymentRefundPush(RefundReport Refund) : VirtualPaymentPush;
