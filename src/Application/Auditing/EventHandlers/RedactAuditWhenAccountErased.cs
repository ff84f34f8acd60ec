using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Auditing.EventHandlers;

/// <summary>
/// The audit trail keeps who did what and when about an erased account, but not the words it wrote: the entries of its
/// held content (<see cref="ContentHeldEvent"/> copies the text) lose their values.
/// </summary>
internal sealed class RedactAuditWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    private const string ContentHeld = "ContentHeld";

    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        var userId = notification.UserId.ToString();
        var held = await db.AuditEntries
            .Where(e => e.Action == ContentHeld && (e.EntityId == notification.UserId || e.Changes.Contains(userId)))
            .ToListAsync(cancellationToken);
        held.ForEach(entry => entry.Redact());
    }
}
