using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sales.EventHandlers;

/// <summary>
/// An order priced at a sale holds it in the order's transaction: the sale must still run (one that ended between quote
/// and order is refused), and a flash-sale line takes one unit and one of the buyer's slots. The unit is taken by a
/// conditional update (<c>Sold + 1 &lt;= Stock</c>) that the database serialises on the sale's row, so no number of
/// concurrent buyers sells more than the stock; the slot is a row under a unique (sale, user, slot) index, so racing
/// orders of one buyer cannot pass the limit. Any refusal throws, and the order is not created.
/// </summary>
internal sealed class ReserveSaleStockWhenOrderPlaced(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderPlacedEvent>
{
    public async ValueTask Handle(OrderPlacedEvent notification, CancellationToken cancellationToken)
    {
        // One order never lists an offer twice, so one line per sale; taking sales in id order keeps two orders of the
        // same sales from locking their rows in opposite orders.
        var saleLines = notification.Lines.Where(l => l.SaleId is not null).OrderBy(l => l.SaleId).ToList();
        if (saleLines.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var saleIds = saleLines.Select(l => l.SaleId!.Value).ToList();
        var sales = await db.Sales.AsNoTracking().Where(s => saleIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var line in saleLines)
        {
            var saleId = line.SaleId!.Value;
            if (!sales.TryGetValue(saleId, out var sale) || !sale.IsRunning(now))
            {
                throw SaleErrors.AlreadyEnded(saleId);
            }

            if (sale.IsFlashSale)
            {
                await ReserveAsync(sale, notification, line.LineId, now, cancellationToken);
            }
        }
    }

    private async Task ReserveAsync(Sale sale, OrderPlacedEvent placed, Guid lineId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var limit = sale.PerUserLimit!.Value;
        var held = await db.SaleReservations
            .Where(r => r.SaleId == sale.Id && r.UserId == placed.UserId)
            .Select(r => r.Seq)
            .ToListAsync(cancellationToken);
        var slot = Enumerable.Range(1, limit).Except(held).FirstOrDefault();
        if (slot == 0)
        {
            throw SaleErrors.LimitReached(sale.Id, limit);
        }

        var taken = await db.Sales
            .Where(s => s.Id == sale.Id && s.EndedEarlyAt == null && s.StartsAt <= now && s.EndsAt > now && s.Sold + 1 <= s.Stock)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Sold, s => s.Sold + 1), cancellationToken);
        if (taken == 0)
        {
            throw await RefusalAsync(sale.Id, now, cancellationToken);
        }

        db.SaleReservations.Add(SaleReservation.Hold(sale.Id, placed.UserId, slot, placed.OrderId, lineId, now));
    }

    /// <summary>Why no unit was left: the sale ended meanwhile (an admin ended it early), or it sold out.</summary>
    private async Task<Exception> RefusalAsync(Guid saleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sale = await db.Sales.AsNoTracking().SingleAsync(s => s.Id == saleId, cancellationToken);
        return sale.IsRunning(now) ? SaleErrors.SoldOut(saleId) : SaleErrors.AlreadyEnded(saleId);
    }
}
