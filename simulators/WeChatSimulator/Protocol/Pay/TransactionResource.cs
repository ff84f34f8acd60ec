using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>A Transaction as query answers and payment notifications carry it (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-trade-no.html, https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html).</summary>
internal sealed record TransactionResource(
    [property: JsonPropertyName("appid")] string AppId,
    [property: JsonPropertyName("mchid")] string MchId,
    string OutTradeNo,
    string? TransactionId,
    string TradeType,
    string TradeState,
    string TradeStateDesc,
    string? BankType,
    string? Attach,
    string? SuccessTime,
    TransactionPayer? Payer,
    TransactionAmount Amount)
{
    public static TransactionResource From(SimulatedTransaction transaction)
    {
        var order = transaction.Order;
        var paid = transaction.TransactionId is not null;
        return new TransactionResource(
            order.AppId,
            order.MchId,
            order.OutTradeNo,
            transaction.TransactionId,
            "JSAPI",
            transaction.TradeState,
            State.Pay.TradeState.Describe(transaction.TradeState),
            paid ? "OTHERS" : null,
            paid ? order.Attach ?? string.Empty : null,
            transaction.SuccessTime is { } successTime ? BeijingTime.Format(successTime) : null,
            paid ? new TransactionPayer(order.OpenId) : null,
            new TransactionAmount(order.Total, transaction.PayerTotal, "CNY", paid ? "CNY" : null));
    }
}

internal sealed record TransactionPayer([property: JsonPropertyName("openid")] string OpenId);

internal sealed record TransactionAmount(long Total, long? PayerTotal, string Currency, string? PayerCurrency);
