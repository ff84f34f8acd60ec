namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <summary>
/// The provider's signed statement about one order's transaction, from a query or a verified notification. Fields other
/// than the number and state are absent while the order is unpaid.
/// </summary>
public sealed record TransactionReport(
    string OutTradeNo,
    TransactionState State,
    string? TransactionId,
    long? TotalFen,
    string? Currency,
    string? PayerOpenId,
    DateTimeOffset? SucceededAt);

/// <summary>WeChat Pay's <c>trade_state</c>.</summary>
public enum TransactionState
{
    NotPaid,
    Succeeded,
    Refunded,
    Closed,
    Revoked,
    Paying,
    Failed,
}
