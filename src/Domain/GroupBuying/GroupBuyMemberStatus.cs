namespace KnowledgePay.Domain.GroupBuying;

public enum GroupBuyMemberStatus
{
    /// <summary>Holds a seat with an order not yet paid.</summary>
    Reserved,

    /// <summary>Paid: counts towards the group's completion.</summary>
    Paid,

    /// <summary>The order closed unpaid, or the group failed before it was paid: the seat is free again.</summary>
    Released,

    /// <summary>Paid, then the order's money went back.</summary>
    Refunded,
}
