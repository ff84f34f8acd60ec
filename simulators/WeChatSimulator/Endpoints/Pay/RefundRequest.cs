using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary>The body of <c>POST /v3/refund/domestic/refunds</c> as sent (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/create.html).</summary>
internal sealed record RefundRequest(
    string? TransactionId,
    string? OutTradeNo,
    string? OutRefundNo,
    string? Reason,
    string? NotifyUrl,
    string? FundsAccount,
    RefundAmount? Amount)
{
    public (RefundOrder? Order, PayError? Error) Validate()
    {
        var error = (TransactionId is null && OutTradeNo is null
                ? PayErrors.ParamError("transaction_id", "transaction_id 和 out_trade_no 必须二选一")
                : null)
            ?? (OutTradeNo is null ? null : PayFields.OutTradeNo("out_trade_no", OutTradeNo))
            ?? PayFields.OutRefundNo(OutRefundNo)
            ?? PayFields.Optional("reason", Reason, 80)
            ?? PayFields.NotifyUrl(NotifyUrl, required: false)
            ?? (Amount?.Refund is > 0 ? null : PayErrors.ParamError("amount.refund", "退款金额必须为大于0的整数（分）"))
            ?? (Amount?.Total is > 0 ? null : PayErrors.ParamError("amount.total", "原订单金额必须为大于0的整数（分）"))
            ?? (Amount?.Currency is null ? PayErrors.ParamError("amount.currency", "此字段为必填项") : null)
            ?? PayFields.Currency("amount.currency", Amount?.Currency);
        return error is null
            ? (new RefundOrder(TransactionId, OutTradeNo, OutRefundNo!, Reason, NotifyUrl, Amount!.Refund!.Value, Amount.Total!.Value), null)
            : (null, error);
    }
}

internal sealed record RefundAmount(long? Refund, long? Total, string? Currency);
