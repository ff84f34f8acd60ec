using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.EventHandlers;

/// <summary>An order that closed unpaid frees its seat in the close's transaction: an unpaid seat never holds a group back.</summary>
internal sealed class ReleaseGroupSeatWhenOrderClosed(IApplicationDbContext db) : IInTransactionHandler<OrderClosedEvent>
{
    public async ValueTask Handle(OrderClosedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Lines.SingleOrDefault(l => l.GroupBuyId is not null) is not { } line)
        {
            return;
        }

        var member = await db.GroupBuyMembers.SingleOrDefaultAsync(m => m.OrderLineId == line.LineId, cancellationToken);
        if (member is not null && member.Release())
        {
            await db.GroupBuys.FreeSeatAsync(member.GroupBuyId, paid: false, cancellationToken);
        }
    }
}
