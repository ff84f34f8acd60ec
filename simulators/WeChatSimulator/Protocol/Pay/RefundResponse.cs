using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>What the refund API and refund query answer (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/create.html, https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-refund-no.html).</summary>
internal sealed record RefundResponse(
    string RefundId,
    string OutRefundNo,
    string TransactionId,
    string OutTradeNo,
    string Channel,
    string UserReceivedAccount,
    string? SuccessTime,
    string CreateTime,
    string Status,
    string FundsAccount,
    RefundResponseAmount Amount)
{
    public static RefundResponse From(SimulatedRefund refund)
    {
        var order = refund.Order;
        return new RefundResponse(
            refund.RefundId,
            order.OutRefundNo,
            refund.TransactionId,
            refund.OutTradeNo,
            "ORIGINAL",
            RefundResource.UserReceivedAccountText,
            refund.SuccessTime is { } successTime ? BeijingTime.Format(successTime) : null,
            BeijingTime.Format(refund.CreatedAt),
            refund.Status,
            "AVAILABLE",
            new RefundResponseAmount(
                order.Total, order.Refund, refund.PayerTotal, refund.PayerRefund, order.Total, order.Refund,
                order.Refund - refund.PayerRefund, "CNY", []));
    }
}

internal sealed record RefundResponseAmount(
    long Total,
    long Refund,
    long PayerTotal,
    long PayerRefund,
    long SettlementTotal,
    long SettlementRefund,
    long DiscountRefund,
    string Currency,
    IReadOnlyList<object> From);
