using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments.EventHandlers;

/// <summary>An erased account's experiment exposures go with the erasure (results already read stay as aggregates).</summary>
internal sealed class RemoveExposuresWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken) =>
        db.ExperimentExposures.RemoveRange(
            await db.ExperimentExposures.Where(x => x.UserId == notification.UserId).ToListAsync(cancellationToken));
}
