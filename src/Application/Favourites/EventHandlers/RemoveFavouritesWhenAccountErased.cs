using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Favourites.EventHandlers;

/// <summary>An erased account's favourites go with the erasure.</summary>
internal sealed class RemoveFavouritesWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken) =>
        db.Favourites.RemoveRange(await db.Favourites.Where(f => f.UserId == notification.UserId).ToListAsync(cancellationToken));
}
