namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <summary>The provider's signed statement about one refund, from the refund call, a query or a verified notification.</summary>
public sealed record RefundReport(
    string OutRefundNo,
    string OutTradeNo,
    string? RefundId,
    RefundState State,
    long RefundFen,
    DateTimeOffset? SucceededAt);

public enum RefundState
{
    Processing,
    Succeeded,

    /// <summary>Final failure: a new refund needs a new number.</summary>
    Closed,

    /// <summary>Not final (e.g. the payer's card is frozen); needs an operator.</summary>
    Abnormal,
}
