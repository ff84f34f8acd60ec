using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.EventHandlers;

/// <summary>
/// The account row is anonymised, not deleted: orders, the books and the wallet keep its id as a pseudonymous key
/// (bookkeeping law keeps them; PIPL art. 47 lets retained data stay when only storage and protection remain). Every
/// refresh token is revoked in the same save, so no session can be renewed.
/// </summary>
internal sealed class EraseUserWhenAccountErased(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == notification.UserId, cancellationToken);
        user?.Erase(now);
        var tokens = await db.RefreshTokens.Where(t => t.UserId == notification.UserId && t.RevokedAt == null).ToListAsync(cancellationToken);
        tokens.ForEach(token => token.Revoke(now));
    }
}
