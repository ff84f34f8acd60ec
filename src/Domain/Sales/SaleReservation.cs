namespace KnowledgePay.Domain.Sales;

/// <summary>
/// One flash-sale unit held by one order line. <see cref="Seq"/> is the buyer's slot (1 … the sale's limit per buyer):
/// a unique (sale, user, slot) index makes two racing orders of one buyer unable to take the same slot, so the limit holds
/// under concurrency. Deleted when the order closes unpaid, which frees the slot and the unit.
/// </summary>
public sealed class SaleReservation
{
    private SaleReservation()
    {
    }

    public Guid Id { get; private set; }

    public Guid SaleId { get; private set; }

    public Guid UserId { get; private set; }

    public int Seq { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid OrderLineId { get; private set; }

    public DateTimeOffset ReservedAt { get; private set; }

    public static SaleReservation Hold(Guid saleId, Guid userId, int seq, Guid orderId, Guid orderLineId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        SaleId = saleId,
        UserId = userId,
        Seq = seq,
        OrderId = orderId,
        OrderLineId = orderLineId,
        ReservedAt = now,
    };
}
