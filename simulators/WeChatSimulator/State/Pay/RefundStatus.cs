namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>Refund <c>status</c>: PROCESSING until it settles as SUCCESS, CLOSED (final) or ABNORMAL (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-refund-no.html).</summary>
internal static class RefundStatus
{
    public const string Processing = "PROCESSING";
    public const string Success = "SUCCESS";
    public const string Closed = "CLOSED";
    public const string Abnormal = "ABNORMAL";
}
