using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.EventHandlers;

/// <summary>
/// A refund of an order the balance paid goes back to the wallet at once, split over the pots in the proportions the
/// spend took them (cumulatively, so the refunds of one order return exactly the spend's split once it is all back).
/// </summary>
internal sealed class RefundToBalanceWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Channel != PaymentChannel.Balance
            || await db.AlreadyMovedAsync(WalletMovement.References.Refund(notification.RefundId), cancellationToken))
        {
            return;
        }

        var wallet = await db.LockedWalletAsync(notification.UserId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {notification.OrderId} was paid from a balance that does not exist.");
        var movements = await db.WalletMovements.AsNoTracking()
            .Where(m => m.WalletId == wallet.Id && m.OrderId == notification.OrderId
                && (m.Kind == WalletMovementKind.Spend || m.Kind == WalletMovementKind.Refund))
            .ToListAsync(cancellationToken);
        var spend = movements.Single(m => m.Kind == WalletMovementKind.Spend);
        var refunded = movements.Where(m => m.Kind == WalletMovementKind.Refund).ToList();
        var before = new WalletSplit(refunded.Sum(m => m.PaidFen), refunded.Sum(m => m.BonusFen));
        db.WalletMovements.Add(wallet.Refund(spend, before, notification.RefundId, notification.AmountFen, clock.GetUtcNow()));
    }
}
