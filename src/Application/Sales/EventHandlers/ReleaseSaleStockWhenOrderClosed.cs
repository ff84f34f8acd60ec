using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sales.EventHandlers;

/// <summary>
/// An order that closed unpaid gives its flash-sale units and the buyer's slots back, in the close's transaction. Only the
/// reservations it deletes are returned, so a repeated close returns nothing twice.
/// </summary>
internal sealed class ReleaseSaleStockWhenOrderClosed(IApplicationDbContext db) : IInTransactionHandler<OrderClosedEvent>
{
    public async ValueTask Handle(OrderClosedEvent notification, CancellationToken cancellationToken)
    {
        var saleIds = notification.Lines.Where(l => l.SaleId is not null).Select(l => l.SaleId!.Value).Distinct().Order();
        foreach (var saleId in saleIds)
        {
            var released = await db.SaleReservations
                .Where(r => r.OrderId == notification.OrderId && r.SaleId == saleId)
                .ExecuteDeleteAsync(cancellationToken);
            if (released > 0)
            {
                await db.Sales.Where(s => s.Id == saleId)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Sold, s => s.Sold - released), cancellationToken);
            }
        }
    }
}
