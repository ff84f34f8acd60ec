namespace KnowledgePay.Domain.Orders;

public enum LedgerEntryKind
{
    /// <summary>Money in; the reference is the provider's transaction id.</summary>
    Payment,

    /// <summary>Money out; the reference is our refund number.</summary>
    Refund,
}
