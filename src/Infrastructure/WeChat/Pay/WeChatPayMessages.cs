using System.Text.Json.Serialization;
using KnowledgePay.Application.Common.Interfaces.Payments;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary><c>POST /v3/pay/transactions/jsapi</c> (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-prepay.html).</summary>
internal sealed record JsapiOrderBody(
    [property: JsonPropertyName("appid")] string AppId,
    [property: JsonPropertyName("mchid")] string MchId,
    string Description,
    string OutTradeNo,
    string TimeExpire,
    string NotifyUrl,
    OrderAmount Amount,
    [property: JsonPropertyName("payer")] PayerBody Payer);

internal sealed record OrderAmount(long Total, string Currency);

internal sealed record PayerBody([property: JsonPropertyName("openid")] string OpenId);

/// <summary><c>POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close</c> (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/close-order.html).</summary>
internal sealed record CloseBody([property: JsonPropertyName("mchid")] string MchId);

/// <summary><c>POST /v3/refund/domestic/refunds</c>; <c>amount.total</c> is the original order total (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/create.html).</summary>
internal sealed record RefundBody(string OutTradeNo, string OutRefundNo, string Reason, string NotifyUrl, RefundAmountBody Amount);

internal sealed record RefundAmountBody(long Refund, long Total, string Currency);

internal sealed record PrepayReply(string? PrepayId);

/// <summary>An error answer: <c>{"code":"PARAM_ERROR","message":"…"}</c> (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html).</summary>
internal sealed record ErrorReply(string? Code, string? Message);

/// <summary>A Transaction from a query or a decrypted payment notification (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-trade-no.html, https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html); unpaid ones omit most fields.</summary>
internal sealed record TransactionReply(
    [property: JsonPropertyName("appid")] string? AppId,
    [property: JsonPropertyName("mchid")] string? MchId,
    string? OutTradeNo,
    string? TransactionId,
    string? TradeState,
    DateTimeOffset? SuccessTime,
    [property: JsonPropertyName("payer")] PayerReply? Payer,
    TransactionAmountReply? Amount)
{
    /// <summary>Null when the number or the state is missing or unknown.</summary>
    public TransactionReport? ToReport() =>
        OutTradeNo is { Length: > 0 } && State(TradeState) is { } state
            ? new TransactionReport(
                OutTradeNo, state, TransactionId, Amount?.Total, Amount?.Currency, Payer?.OpenId, SuccessTime)
            : null;

    private static TransactionState? State(string? tradeState) => tradeState switch
    {
        "SUCCESS" => TransactionState.Succeeded,
        "REFUND" => TransactionState.Refunded,
        "NOTPAY" => TransactionState.NotPaid,
        "CLOSED" => TransactionState.Closed,
        "REVOKED" => TransactionState.Revoked,
        "USERPAYING" => TransactionState.Paying,
        "PAYERROR" => TransactionState.Failed,
        _ => null,
    };
}

internal sealed record PayerReply([property: JsonPropertyName("openid")] string? OpenId);

internal sealed record TransactionAmountReply(long? Total, string? Currency);

/// <summary>
/// A Refund from the refund call or query (<c>status</c>) or a decrypted refund notification (<c>refund_status</c>)
/// (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-refund-no.html, https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/refund-result-notice.html).
/// </summary>
internal sealed record RefundReply(
    [property: JsonPropertyName("mchid")] string? MchId,
    string? OutRefundNo,
    string? OutTradeNo,
    string? RefundId,
    string? Status,
    string? RefundStatus,
    DateTimeOffset? SuccessTime,
    RefundAmountReply? Amount)
{
    /// <summary>Null when a number, the state or the amount is missing or unknown.</summary>
    public RefundReport? ToReport() =>
        OutRefundNo is { Length: > 0 } && OutTradeNo is { Length: > 0 }
            && State(Status ?? RefundStatus) is { } state && Amount?.Refund is { } refundFen
            ? new RefundReport(OutRefundNo, OutTradeNo, RefundId, state, refundFen, SuccessTime)
            : null;

    private static RefundState? State(string? status) => status switch
    {
        "PROCESSING" => RefundState.Processing,
        "SUCCESS" => RefundState.Succeeded,
        "CLOSED" => RefundState.Closed,
        "ABNORMAL" => RefundState.Abnormal,
        _ => null,
    };
}

internal sealed record RefundAmountReply(long? Refund, long? Total);

/// <summary><c>GET /v3/certificates</c>: each certificate PEM encrypted with the APIv3 key (https://pay.weixin.qq.com/docs/merchant/apis/platform-certificate/api-v3-get-certificates/get.html).</summary>
internal sealed record CertificatesReply(IReadOnlyList<CertificateEntry>? Data);

internal sealed record CertificateEntry(string? SerialNo, EncryptedResource? EncryptCertificate);

/// <summary>The envelope of a notification (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html); only <c>resource</c> is trusted, and only after decryption.</summary>
internal sealed record NotificationEnvelope(string? Id, string? EventType, EncryptedResource? Resource);
