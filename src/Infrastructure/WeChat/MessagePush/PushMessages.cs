using System.Text.Json.Serialization;

namespace KnowledgePay.Infrastructure.WeChat.MessagePush;

/// <summary>A secure-mode body: the message is in <see cref="Encrypt"/>.</summary>
internal sealed record EncryptedPushBody([property: JsonPropertyName("Encrypt")] string? Encrypt);

/// <summary>
/// The Virtual Payment events' fields we read
/// (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/wechatpay/virtual-payment-callback.md):
/// <c>xpay_goods_deliver_notify</c> has OpenId and OutTradeNo; <c>xpay_refund_notify</c> has MchOrderId, MchRefundId,
/// WxRefundId, RefundFee, RetCode (0 = refunded) and RefundSuccTimestamp.
/// </summary>
internal sealed record PushMessage(
    [property: JsonPropertyName("Event")] string? Event,
    [property: JsonPropertyName("OpenId")] string? OpenId,
    [property: JsonPropertyName("OutTradeNo")] string? OutTradeNo,
    [property: JsonPropertyName("MchOrderId")] string? MchOrderId,
    [property: JsonPropertyName("MchRefundId")] string? MchRefundId,
    [property: JsonPropertyName("WxRefundId")] string? WxRefundId,
    [property: JsonPropertyName("RefundFee")] long? RefundFee,
    [property: JsonPropertyName("RetCode")] int? RetCode,
    [property: JsonPropertyName("RefundSuccTimestamp")] long? RefundSuccTimestamp)
{
    public const string GoodsDeliverEvent = "xpay_goods_deliver_notify";
    public const string RefundEvent = "xpay_refund_notify";
}
