using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.Access.EventHandlers;

/// <summary>
/// An erased account's sign-ins and stream sightings go in the erasure's transaction (PIPL art. 47). Signals of failed
/// attempts that never named the account (invalid codes) were never its data. Its risk flags are the review queue's.
/// </summary>
internal sealed class EraseAccessSignalsWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        db.AccessSignals.RemoveRange(await db.AccessSignals.Where(s => s.UserId == notification.UserId).ToListAsync(cancellationToken));
        db.StreamSightings.RemoveRange(await db.StreamSightings.Where(s => s.UserId == notification.UserId).ToListAsync(cancellationToken));
    }
}
