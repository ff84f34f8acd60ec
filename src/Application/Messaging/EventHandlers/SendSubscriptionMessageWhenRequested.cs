using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.EventHandlers;

/// <summary>
/// After the request committed: sends the message, once per dedupe key however often the event arrives. A feature that
/// raised the event itself has no row yet, so the first delivery records one; of two racing deliveries the second's
/// insert conflicts, and its retry finds the message already handled.
/// </summary>
internal sealed class SendSubscriptionMessageWhenRequested(IApplicationDbContext db, SubscriptionMessageDelivery delivery, TimeProvider clock)
    : IAfterCommitHandler<SubscriptionMessageRequestedEvent>
{
    public async ValueTask HandleAsync(SubscriptionMessageRequestedEvent domainEvent, CancellationToken cancellationToken)
    {
        var messageId = await db.SubscriptionMessages.Where(m => m.DedupeKey == domainEvent.DedupeKey)
            .Select(m => (Guid?)m.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (messageId is null)
        {
            var message = SubscriptionMessage.Recorded(domainEvent, clock.GetUtcNow());
            db.SubscriptionMessages.Add(message);
            await db.SaveChangesAsync(cancellationToken);
            messageId = message.Id;
        }

        await delivery.DeliverAsync(messageId.Value, cancellationToken);
    }
}
