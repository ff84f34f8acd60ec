using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.State.VirtualPayment;

namespace KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;

/// <summary>The <c>order</c> of a query_order answer (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_query_order); times are Unix seconds.</summary>
internal sealed record XPayOrderResource(
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("update_time")] long UpdateTime,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("biz_type")] int BizType,
    [property: JsonPropertyName("order_fee")] long OrderFee,
    [property: JsonPropertyName("coupon_fee")] long CouponFee,
    [property: JsonPropertyName("paid_fee")] long PaidFee,
    [property: JsonPropertyName("order_type")] int OrderType,
    [property: JsonPropertyName("refund_fee")] long RefundFee,
    [property: JsonPropertyName("paid_time")] long PaidTime,
    [property: JsonPropertyName("provide_time")] long ProvideTime,
    [property: JsonPropertyName("biz_meta")] string BizMeta,
    [property: JsonPropertyName("env_type")] int EnvType,
    [property: JsonPropertyName("wx_order_id")] string WxOrderId,
    [property: JsonPropertyName("channel_order_id")] string ChannelOrderId,
    [property: JsonPropertyName("wxpay_order_id")] string WxPayOrderId,
    [property: JsonPropertyName("left_fee")] long LeftFee)
{
    public static XPayOrderResource From(XPayOrder order) => new(
        order.OutTradeNo,
        order.PaidAt.ToUnixTimeSeconds(),
        (order.DeliveredAt ?? order.PaidAt).ToUnixTimeSeconds(),
        order.Status,
        0,
        order.PriceFen,
        0,
        order.PriceFen,
        0,
        order.RefundFee,
        order.PaidAt.ToUnixTimeSeconds(),
        order.DeliveredAt?.ToUnixTimeSeconds() ?? 0,
        string.Empty,
        order.Env,
        order.WxOrderId,
        order.WxPayOrderId,
        order.WxPayOrderId,
        order.LeftFee);
}
