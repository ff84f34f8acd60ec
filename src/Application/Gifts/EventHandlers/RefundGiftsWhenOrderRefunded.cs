using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Gifts.EventHandlers;

/// <summary>
/// A gift line whose whole amount went back to the buyer can no longer be claimed. The refund already happened at the
/// provider, so a gift claimed meanwhile (an admin refund, which no gift rule stops) is left to its recipient rather
/// than failing the refund's bookkeeping.
/// </summary>
internal sealed class RefundGiftsWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        var lineIds = notification.Lines.Where(l => l is { IsGift: true, IsFullyRefunded: true }).Select(l => l.LineId).ToList();
        if (lineIds.Count == 0)
        {
            return;
        }

        var gifts = await db.Gifts
            .Where(g => lineIds.Contains(g.OrderLineId) && g.Status == GiftStatus.Unclaimed)
            .ToListAsync(cancellationToken);
        foreach (var gift in gifts)
        {
            gift.Refund(clock.GetUtcNow());
        }
    }
}
