namespace KnowledgePay.Domain.Orders;

/// <summary>Pending until paid or closed; a paid order may then be refunded in part or in full.</summary>
public enum OrderStatus
{
    Pending,
    Paid,
    PartiallyRefunded,
    Refunded,
    Closed,
}
