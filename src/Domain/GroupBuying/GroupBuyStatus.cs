namespace KnowledgePay.Domain.GroupBuying;

public enum GroupBuyStatus
{
    /// <summary>Taking members until it fills or its time runs out.</summary>
    Open,

    /// <summary>As many paid members as its size: everyone got what they paid for.</summary>
    Completed,

    /// <summary>Its time ran out before it filled: every paid member is refunded.</summary>
    Failed,
}
