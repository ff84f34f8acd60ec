using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.EventHandlers;

/// <summary>An erased account's exports can no longer be downloaded; the next sweep deletes their archives.</summary>
internal sealed class WithdrawDataExportsWhenAccountErased(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var export in await db.DataExports.Where(e => e.UserId == notification.UserId && e.PurgedAt == null).ToListAsync(cancellationToken))
        {
            export.Withdraw(now);
        }
    }
}
