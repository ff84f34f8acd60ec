namespace KnowledgePay.WeChatSimulator.State.VirtualPayment;

/// <summary>
/// A Virtual Payment goods order as <c>query_order</c> reports it; statuses: 2 paid awaiting delivery, 4 delivered,
/// 5 refunded (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_query_order).
/// </summary>
internal sealed record XPayOrder(
    string OutTradeNo,
    string OpenId,
    int Env,
    string ProductId,
    long PriceFen,
    string Attach,
    string WxOrderId,
    string WxPayOrderId,
    DateTimeOffset PaidAt,
    int Status,
    DateTimeOffset? DeliveredAt,
    long RefundFee)
{
    public const int Paid = 2;
    public const int Delivered = 4;
    public const int Refunded = 5;

    public long LeftFee => PriceFen - RefundFee;
}

/// <summary>A refund_order task: processing until <see cref="SettledAt"/>.</summary>
internal sealed record XPayRefund(
    string RefundOrderId, string OutTradeNo, string WxRefundId, long RefundFee, DateTimeOffset RequestedAt, DateTimeOffset? SettledAt);
