using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.Wallets.EventHandlers;

/// <summary>
/// An order the balance paid takes its amount out of the buyer's wallet in the same transaction (paid pot first, see
/// <see cref="Wallet.Spend"/>). Too little balance throws <see cref="WalletErrors.InsufficientBalance"/>: the whole
/// transaction — the order's payment, its ledger entries, the access it grants — rolls back.
/// </summary>
internal sealed class SpendBalanceWhenOrderPaid(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Channel != PaymentChannel.Balance
            || await db.AlreadyMovedAsync(WalletMovement.References.Spend(notification.OrderId), cancellationToken))
        {
            return;
        }

        var wallet = await db.LockedWalletAsync(notification.UserId, cancellationToken)
            ?? throw WalletErrors.InsufficientBalance(notification.AmountFen, 0);
        db.WalletMovements.Add(wallet.Spend(notification.OrderId, notification.AmountFen, clock.GetUtcNow()));
    }
}
