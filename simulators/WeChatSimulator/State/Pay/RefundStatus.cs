namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>Refund <c>status</c>: PROCESSING until it settles as SUCCESS, CLOSED (final) or ABNORMAL (WECHAT.md §2.8).</summary>
internal static class RefundStatus
{
    public const string Processing = "PROCESSING";
    public const string Success = "SUCCESS";
    public const string Closed = "CLOSED";
    public const string Abnormal = "ABNORMAL";
}
