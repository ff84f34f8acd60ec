using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.EventHandlers;

/// <summary>An erased account's subscription-message grants and messages (sent or waiting) go with the erasure.</summary>
internal sealed class RemoveSubscriptionsWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        db.SubscriptionGrants.RemoveRange(await db.SubscriptionGrants.Where(g => g.UserId == notification.UserId).ToListAsync(cancellationToken));
        db.SubscriptionMessages.RemoveRange(
            await db.SubscriptionMessages.Where(m => m.UserId == notification.UserId).ToListAsync(cancellationToken));
    }
}
