using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>The plaintext of a REFUND.* notification (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/refund-result-notice.html).</summary>
internal sealed record RefundResource(
    [property: JsonPropertyName("mchid")] string MchId,
    string OutTradeNo,
    string TransactionId,
    string OutRefundNo,
    string RefundId,
    string RefundStatus,
    string? SuccessTime,
    string UserReceivedAccount,
    RefundResourceAmount Amount)
{
    public const string UserReceivedAccountText = "支付用户零钱";

    public static RefundResource From(SimulatedRefund refund, string mchId) => new(
        mchId,
        refund.OutTradeNo,
        refund.TransactionId,
        refund.Order.OutRefundNo,
        refund.RefundId,
        refund.Status,
        refund.SuccessTime is { } successTime ? BeijingTime.Format(successTime) : null,
        UserReceivedAccountText,
        new RefundResourceAmount(refund.Order.Total, refund.Order.Refund, refund.PayerTotal, refund.PayerRefund));
}

internal sealed record RefundResourceAmount(long Total, long Refund, long PayerTotal, long PayerRefund);
