namespace KnowledgePay.WeChatSimulator.State.Pay;

internal sealed record SimulatedTransaction(
    JsapiOrder Order,
    DateTimeOffset ExpiresAt,
    string PrepayId,
    DateTimeOffset PrepayIssuedAt,
    string TradeState,
    string? TransactionId = null,
    DateTimeOffset? SuccessTime = null,
    long? PayerTotal = null)
{
    public static readonly TimeSpan PrepayLifetime = TimeSpan.FromHours(2);
}
