using System.Text.Json.Serialization;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary><c>query_order</c>'s answer (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_query_order).</summary>
internal sealed record QueryOrderReply : WeChatReply
{
    [JsonPropertyName("order")]
    public VirtualPaymentOrder? Order { get; init; }
}

/// <param name="PaidTime">Unix seconds; 0 while unpaid.</param>
internal sealed record VirtualPaymentOrder(
    [property: JsonPropertyName("order_id")] string? OrderId,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("order_fee")] long OrderFee,
    [property: JsonPropertyName("refund_fee")] long RefundFee,
    [property: JsonPropertyName("left_fee")] long LeftFee,
    [property: JsonPropertyName("paid_time")] long PaidTime,
    [property: JsonPropertyName("wx_order_id")] string? WxOrderId);

/// <summary><c>refund_order</c>'s answer (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_refund_order).</summary>
internal sealed record RefundOrderReply : WeChatReply
{
    [JsonPropertyName("refund_order_id")]
    public string? RefundOrderId { get; init; }

    [JsonPropertyName("refund_wx_order_id")]
    public string? RefundWxOrderId { get; init; }
}

/// <summary>An answer with nothing but errcode/errmsg (<c>notify_provide_goods</c>).</summary>
internal sealed record AcknowledgementReply : WeChatReply;
