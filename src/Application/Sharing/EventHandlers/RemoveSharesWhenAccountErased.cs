using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sharing.EventHandlers;

/// <summary>
/// An erased account's shares (their visits and code images go with them, by cascade) and its own visits to others'
/// shares go with the erasure.
/// </summary>
internal sealed class RemoveSharesWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        db.ShareVisits.RemoveRange(await db.ShareVisits.Where(v => v.VisitorId == notification.UserId).ToListAsync(cancellationToken));
        db.Shares.RemoveRange(await db.Shares.Where(s => s.SharerId == notification.UserId).ToListAsync(cancellationToken));
    }
}
