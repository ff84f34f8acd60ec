namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>A validated refund request; the same <c>out_refund_no</c> with other values is refused.</summary>
internal sealed record RefundOrder(
    string? TransactionId,
    string? OutTradeNo,
    string OutRefundNo,
    string? Reason,
    string? NotifyUrl,
    long Refund,
    long Total);
