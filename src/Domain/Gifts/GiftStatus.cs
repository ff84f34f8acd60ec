namespace KnowledgePay.Domain.Gifts;

public enum GiftStatus
{
    /// <summary>Waiting for its recipient; the buyer may still get the money back.</summary>
    Unclaimed,

    /// <summary>A recipient holds what it gave; it can no longer be refunded.</summary>
    Claimed,

    /// <summary>The buyer got the money back before anyone claimed it; it can no longer be claimed.</summary>
    Refunded,
}
