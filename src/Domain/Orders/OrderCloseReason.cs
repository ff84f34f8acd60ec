namespace KnowledgePay.Domain.Orders;

public enum OrderCloseReason
{
    /// <summary>Nobody paid before <see cref="Order.ExpiresAt"/>.</summary>
    Expired,

    /// <summary>The buyer gave up on it.</summary>
    Cancelled,

    /// <summary>The group buy (拼团) it joined ran out of time before it filled.</summary>
    GroupBuyFailed,
}
