using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.EventHandlers;

/// <summary>WeChat Pay refused a top-up refund for good: exactly what its hold took goes back to the wallet.</summary>
internal sealed class ReleaseTopUpWhenRefundFailed(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderRefundFailedEvent>
{
    public async ValueTask Handle(OrderRefundFailedEvent notification, CancellationToken cancellationToken)
    {
        if (!notification.Lines.Any(l => l.Kind == OfferKind.WalletTopUp))
        {
            return;
        }

        var holdReference = WalletMovement.References.TopUpRefund(notification.RefundId);
        var hold = await db.WalletMovements.AsNoTracking().SingleOrDefaultAsync(m => m.Reference == holdReference, cancellationToken);
        if (hold is null
            || await db.AlreadyMovedAsync(WalletMovement.References.TopUpRefundFailed(notification.RefundId), cancellationToken))
        {
            return;
        }

        var wallet = await db.LockedWalletAsync(notification.UserId, cancellationToken)
            ?? throw new InvalidOperationException($"The wallet of top-up refund {notification.RefundId} is gone.");
        var topUp = await db.WalletTopUps.SingleAsync(t => t.Id == hold.TopUpId, cancellationToken);
        db.WalletMovements.Add(wallet.ReleaseTopUpRefund(topUp, hold, clock.GetUtcNow()));
    }
}
