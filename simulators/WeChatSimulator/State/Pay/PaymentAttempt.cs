namespace KnowledgePay.WeChatSimulator.State.Pay;

/// <summary>What the user does in <c>wx.requestPayment</c>: SUCCESS, PAYERROR or CANCEL.</summary>
internal sealed record PaymentAttempt(
    string? PrepayId, string? OutTradeNo, string Outcome, long? PayerTotal, DateTimeOffset At, string? OpenId)
{
    public const string Success = "SUCCESS";
    public const string PayError = "PAYERROR";
    public const string Cancel = "CANCEL";

    public static bool IsOutcome(string? outcome) => outcome is Success or PayError or Cancel;
}

/// <summary>The transaction after the attempt, or why the payment sheet refused (<see cref="IsUnknown"/>: no such order).</summary>
internal sealed record PaymentResult(SimulatedTransaction? Transaction, string? Refusal = null, bool IsUnknown = false);
