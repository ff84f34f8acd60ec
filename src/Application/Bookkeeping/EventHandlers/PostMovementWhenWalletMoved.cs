using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.Bookkeeping.EventHandlers;

/// <summary>Every wallet movement is posted to the user's wallet and bonus accounts and their counterparts, with the movement.</summary>
internal sealed class PostMovementWhenWalletMoved(IApplicationDbContext db) : IInTransactionHandler<WalletMovedEvent>
{
    public async ValueTask Handle(WalletMovedEvent notification, CancellationToken cancellationToken) =>
        await db.PostOnceAsync(PostingRules.For(notification), cancellationToken);
}
