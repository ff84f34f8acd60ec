using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.EventHandlers;

/// <summary>
/// A refund takes back the commissions of the lines it refunded, in the refund's transaction: in proportion to what of
/// each line it paid back, all of it once the line is fully refunded; from pending, or from valid when the window had
/// passed (an operator's late refund), which may leave the promoter owing. Each refund once per commission.
/// </summary>
internal sealed class ReverseCommissionsWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        var refunded = notification.Lines.ToDictionary(l => l.LineId);
        var lineIds = refunded.Keys.ToList();
        var promoterIds = await db.Commissions.Where(c => lineIds.Contains(c.OrderLineId))
            .Select(c => c.PromoterId).Distinct().ToListAsync(cancellationToken);
        if (promoterIds.Count == 0)
        {
            return;
        }

        var promoters = await db.LockedPromotersAsync(promoterIds, cancellationToken);
        var commissions = await db.Commissions.Include(c => c.Reversals)
            .Where(c => lineIds.Contains(c.OrderLineId)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var commission in commissions)
        {
            var line = refunded[commission.OrderLineId];
            if (promoters[commission.PromoterId].Reverse(commission, notification.RefundId, line.AmountFen, line.IsFullyRefunded, now) is { } entry)
            {
                db.CommissionEntries.Add(entry);
            }
        }
    }
}
