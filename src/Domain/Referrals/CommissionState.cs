namespace KnowledgePay.Domain.Referrals;

/// <summary>A commission's life: pending through the refund window, then valid (withdrawable), or reversed by a refund.</summary>
public enum CommissionState
{
    /// <summary>The order may still be refunded by its buyer: not withdrawable yet.</summary>
    Pending,

    /// <summary>The refund window passed: counts towards the promoter's withdrawable balance.</summary>
    Valid,

    /// <summary>The whole line was refunded: the commission was taken back in full.</summary>
    Reversed,
}
