using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.EventHandlers;

/// <summary>
/// A member whose group line was refunded in full is no longer in the group: in an open group the seat and the paid count
/// go back (a refunded member never fills a group); in a completed or failed group the member is only marked refunded.
/// </summary>
internal sealed class LeaveGroupWhenOrderRefunded(IApplicationDbContext db) : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        var lineIds = notification.Lines.Where(l => l.IsFullyRefunded).Select(l => l.LineId).ToList();
        if (lineIds.Count == 0)
        {
            return;
        }

        var members = await db.GroupBuyMembers.Where(m => lineIds.Contains(m.OrderLineId)).ToListAsync(cancellationToken);
        foreach (var member in members.Where(m => m.MarkRefunded()))
        {
            await db.GroupBuys.FreeSeatAsync(member.GroupBuyId, paid: true, cancellationToken);
        }
    }
}
