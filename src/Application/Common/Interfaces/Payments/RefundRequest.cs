namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <param name="OutRefundNo">Our refund number: one refund per number; a retry must reuse it (≤ 64 of <c>[0-9A-Za-z_-|*@]</c>).</param>
/// <param name="OrderTotalFen">The original order total (the provider checks it).</param>
/// <param name="Reason">Shown to the payer (≤ 80 characters).</param>
public sealed record RefundRequest(
    string OutTradeNo,
    string OutRefundNo,
    long RefundFen,
    long OrderTotalFen,
    string Reason);
