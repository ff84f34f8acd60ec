using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.EventHandlers;

/// <summary>Once the erasure is committed, the erased account's access tokens stop working at once, not at their expiry.</summary>
internal sealed class EndSessionsWhenAccountErased(IApplicationDbContext db, ISessionStatus sessions) : IAfterCommitHandler<AccountErasedEvent>
{
    public async ValueTask HandleAsync(AccountErasedEvent domainEvent, CancellationToken cancellationToken)
    {
        var families = await db.RefreshTokens.AsNoTracking()
            .Where(t => t.UserId == domainEvent.UserId)
            .Select(t => t.FamilyId)
            .Distinct()
            .ToListAsync(cancellationToken);
        families.ForEach(sessions.Ended);
    }
}
