using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging;

/// <summary>
/// Records a message request in the transaction of the change it tells about; its event reaches the outbox with it. A
/// template switched off asks for nothing, and a dedupe key already recorded is not recorded again.
/// </summary>
public sealed class SubscriptionMessageRequests(IApplicationDbContext db, SubscriptionTemplates templates, TimeProvider clock)
{
    public async Task RequestAsync(
        Guid userId, MessageTemplate template, IReadOnlyDictionary<string, string> values, string dedupeKey, CancellationToken cancellationToken)
    {
        if (templates.Find(template) is not { Enabled: true }
            || db.SubscriptionMessages.Local.Any(m => m.DedupeKey == dedupeKey)
            || await db.SubscriptionMessages.AnyAsync(m => m.DedupeKey == dedupeKey, cancellationToken))
        {
            return;
        }

        db.SubscriptionMessages.Add(SubscriptionMessage.Request(userId, template, string.Empty, values, dedupeKey, clock.GetUtcNow()));
    }
}
