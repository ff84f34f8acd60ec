using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.EventHandlers;

/// <summary>
/// An order line bought in a group takes its seat in the order's transaction, or the order is refused with a typed error
/// and nothing is saved. A new group opens with its leader's seat taken; joining takes a seat by a conditional update
/// (<c>SeatsTaken &lt; Size</c>, still open, not expired) that the database serialises on the group's row, so no number
/// of concurrent joins fills a group past its size. The member row's unique (user, offer) hold keeps a learner in one group
/// per offer even when two of their orders race (the loser's conflict retries the order, which is then refused).
/// </summary>
internal sealed class ReserveGroupSeatWhenOrderPlaced(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderPlacedEvent>
{
    public async ValueTask Handle(OrderPlacedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Lines.SingleOrDefault(l => l.GroupBuyId is not null) is not { GroupBuyId: { } groupId } line)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (await db.GroupBuyMembers.AnyAsync(m => m.UserId == notification.UserId && m.HeldOfferId == line.OfferId, cancellationToken))
        {
            throw GroupBuyErrors.AlreadyJoined();
        }

        var group = await db.GroupBuys.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            var deal = await db.GroupBuyDeals.AsNoTracking()
                .Where(d => d.OfferKind == line.Kind && d.OfferId == line.OfferId && d.EndedEarlyAt == null && d.StartsAt <= now && d.EndsAt > now)
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw GroupBuyErrors.DealNotActive();
            group = deal.OpenGroup(groupId, notification.UserId, now);
            db.GroupBuys.Add(group);
        }
        else
        {
            var taken = await db.GroupBuys
                .Where(g => g.Id == groupId && g.Status == GroupBuyStatus.Open && g.ExpiresAt > now && g.SeatsTaken < g.Size)
                .ExecuteUpdateAsync(u => u.SetProperty(g => g.SeatsTaken, g => g.SeatsTaken + 1), cancellationToken);
            if (taken == 0)
            {
                throw group.Status == GroupBuyStatus.Failed || group.HasExpired(now)
                    ? GroupBuyErrors.GroupExpired(groupId)
                    : GroupBuyErrors.GroupFull(groupId);
            }
        }

        db.GroupBuyMembers.Add(GroupBuyMember.Reserve(group, notification.UserId, notification.OrderId, line.LineId, now));
    }
}
