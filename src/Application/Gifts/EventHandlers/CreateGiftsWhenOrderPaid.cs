using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Gifts.EventHandlers;

/// <summary>Each line bought as a gift becomes a gift with its claim code, in the payment's transaction: paid means shareable.</summary>
internal sealed class CreateGiftsWhenOrderPaid(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        var lines = notification.Lines.Where(l => l.IsGift).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var lineIds = lines.Select(l => l.LineId).ToList();
        var existing = await db.Gifts.Where(g => lineIds.Contains(g.OrderLineId)).Select(g => g.OrderLineId).ToListAsync(cancellationToken);
        foreach (var line in lines.Where(l => !existing.Contains(l.LineId)))
        {
            db.Gifts.Add(Gift.Bought(notification.UserId, line.Kind, line.OfferId, notification.OrderId, line.LineId, clock.GetUtcNow()));
        }
    }
}
