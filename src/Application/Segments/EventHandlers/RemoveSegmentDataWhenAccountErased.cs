using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.EventHandlers;

/// <summary>An erased account leaves every segment, and its purchase propensity score goes.</summary>
internal sealed class RemoveSegmentDataWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        db.SegmentMembers.RemoveRange(await db.SegmentMembers.Where(m => m.UserId == notification.UserId).ToListAsync(cancellationToken));
        db.PurchasePropensities.RemoveRange(
            await db.PurchasePropensities.Where(p => p.UserId == notification.UserId).ToListAsync(cancellationToken));
    }
}
