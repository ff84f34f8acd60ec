using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.EventHandlers;

/// <summary>
/// A group member's payment counts in the payment's transaction: only paid members fill a group (no fake members). The
/// count goes up by a conditional update on the open group's row (bumping its version, so a failing sweep that read the
/// group before cannot miss this payment), and the payment that makes it full completes the group, which fulfils every
/// member. A payment for a group that failed meanwhile is refunded (<see cref="GroupBuyFailedEvent"/>).
/// </summary>
internal sealed class CountGroupPaymentWhenOrderPaid(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Lines.SingleOrDefault(l => l.GroupBuyId is not null) is not { } line)
        {
            return;
        }

        var member = await db.GroupBuyMembers.SingleOrDefaultAsync(m => m.OrderLineId == line.LineId, cancellationToken);
        if (member is null || member.Status is not (GroupBuyMemberStatus.Reserved or GroupBuyMemberStatus.Released))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var counted = member.Status == GroupBuyMemberStatus.Reserved && await db.GroupBuys
            .Where(g => g.Id == member.GroupBuyId && g.Status == GroupBuyStatus.Open)
            .ExecuteUpdateAsync(
                u => u.SetProperty(g => g.PaidCount, g => g.PaidCount + 1).SetProperty(g => g.Version, g => g.Version + 1),
                cancellationToken) > 0;
        member.MarkPaid(counted, now);
        if (!counted)
        {
            return;
        }

        var group = await db.GroupBuys.SingleAsync(g => g.Id == member.GroupBuyId, cancellationToken);
        if (group.PaidCount == group.Size)
        {
            var others = await db.GroupBuyMembers
                .Where(m => m.GroupBuyId == group.Id && m.Status == GroupBuyMemberStatus.Paid && m.Id != member.Id)
                .OrderBy(m => m.JoinedAt)
                .ToListAsync(cancellationToken);
            group.Complete([.. others, member], now);
        }
    }
}
