namespace KnowledgePay.WeChatSimulator.State.Pay;

internal sealed record SimulatedRefund(
    RefundOrder Order,
    string RefundId,
    string OutTradeNo,
    string TransactionId,
    long PayerTotal,
    long PayerRefund,
    string NotifyUrl,
    DateTimeOffset CreatedAt,
    string Status,
    string FinalStatus,
    DateTimeOffset? SuccessTime = null)
{
    /// <summary>Money a closed refund never moved does not count against the order.</summary>
    public long Committed => Status == RefundStatus.Closed ? 0 : Order.Refund;
}
