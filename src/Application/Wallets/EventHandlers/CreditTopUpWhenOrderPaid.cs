using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.EventHandlers;

/// <summary>A paid top-up order puts its amount in the paid pot and its bonus tier in the bonus pot, in the payment's transaction.</summary>
internal sealed class CreditTopUpWhenOrderPaid(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        foreach (var line in notification.Lines.Where(l => l.Kind == OfferKind.WalletTopUp))
        {
            if (await db.AlreadyMovedAsync(WalletMovement.References.TopUp(line.OfferId), cancellationToken))
            {
                continue;
            }

            var topUp = await db.WalletTopUps.SingleAsync(t => t.Id == line.OfferId, cancellationToken);
            var now = clock.GetUtcNow();
            var wallet = await db.LockedWalletAsync(topUp.UserId, cancellationToken);
            if (wallet is null)
            {
                wallet = Wallet.Open(topUp.UserId, now);
                db.Wallets.Add(wallet);
            }

            db.WalletMovements.Add(wallet.TopUp(topUp, notification.OrderId, now));
        }
    }
}
