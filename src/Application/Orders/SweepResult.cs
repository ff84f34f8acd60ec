using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders;

/// <summary>What one round of background work did with the orders it claimed.</summary>
/// <param name="Paid">Settled as paid (the notification had not arrived).</param>
/// <param name="Closed">Closed at the provider and here.</param>
/// <param name="Unchanged">Still pending, or the provider gave no usable answer; a later round asks again.</param>
/// <param name="RefundsSettled">Refunds stuck in processing that the provider has now finished.</param>
public sealed record SweepResult(int Paid = 0, int Closed = 0, int Unchanged = 0, int RefundsSettled = 0)
{
    internal SweepResult Add(OrderStatus? status) => status switch
    {
        OrderStatus.Closed => this with { Closed = Closed + 1 },
        OrderStatus.Paid or OrderStatus.PartiallyRefunded or OrderStatus.Refunded => this with { Paid = Paid + 1 },
        _ => this with { Unchanged = Unchanged + 1 },
    };
}
