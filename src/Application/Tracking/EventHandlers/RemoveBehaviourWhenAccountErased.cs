using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Tracking.EventHandlers;

/// <summary>An erased account's behaviour (events, views without a purchase) goes with the erasure.</summary>
internal sealed class RemoveBehaviourWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        db.BehaviourEvents.RemoveRange(await db.BehaviourEvents.Where(e => e.UserId == notification.UserId).ToListAsync(cancellationToken));
        db.CourseViewsWithoutPurchase.RemoveRange(
            await db.CourseViewsWithoutPurchase.Where(v => v.UserId == notification.UserId).ToListAsync(cancellationToken));
    }
}
