namespace KnowledgePay.Application.Orders;

/// <summary>What settling a provider's report did; the notification endpoint maps it to its reply.</summary>
public enum SettlementOutcome
{
    /// <summary>This report paid the order or finished the refund.</summary>
    Settled,

    /// <summary>An earlier report already did; nothing changed.</summary>
    AlreadySettled,

    /// <summary>The report did not match the order; nothing was fulfilled and the order waits for an operator.</summary>
    Flagged,

    /// <summary>The provider reports no final state yet (not paid, refund processing).</summary>
    NotFinal,

    /// <summary>No order or refund of ours has that number.</summary>
    Unknown,

    /// <summary>Concurrent changes kept winning; the report should be delivered again.</summary>
    RetryLater,
}

/// <param name="Outcome">What happened.</param>
public sealed record SettlementResult(SettlementOutcome Outcome)
{
    /// <summary>Whether the provider should deliver the report again (reply 5xx with FAIL); otherwise acknowledge with 2xx.</summary>
    public bool ProviderShouldRetry => Outcome == SettlementOutcome.RetryLater;
}
