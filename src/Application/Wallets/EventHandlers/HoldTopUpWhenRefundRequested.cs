using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Wallets.EventHandlers;

/// <summary>
/// A refund of a top-up order takes its paid money (and the bonus that came with it) out of the wallet before WeChat Pay
/// is asked, in the transaction that saves the refund: when the paid pot no longer holds it,
/// <see cref="WalletErrors.TopUpSpent"/> refuses the refund and nothing is sent to WeChat Pay. A top-up never credited
/// (paid after its order closed) holds nothing.
/// </summary>
internal sealed class HoldTopUpWhenRefundRequested(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderRefundRequestedEvent>
{
    public async ValueTask Handle(OrderRefundRequestedEvent notification, CancellationToken cancellationToken)
    {
        // A top-up order has exactly one line.
        if (notification.Lines.SingleOrDefault(l => l.Kind == OfferKind.WalletTopUp) is not { } line
            || await db.AlreadyMovedAsync(WalletMovement.References.TopUpRefund(notification.RefundId), cancellationToken))
        {
            return;
        }

        var wallet = await db.LockedWalletAsync(notification.UserId, cancellationToken);
        var topUp = await db.WalletTopUps.SingleAsync(t => t.Id == line.OfferId, cancellationToken);
        if (wallet is null || topUp.Status != WalletTopUpStatus.Credited)
        {
            return;
        }

        db.WalletMovements.Add(wallet.HoldTopUpRefund(topUp, notification.OrderId, notification.RefundId, line.AmountFen, clock.GetUtcNow()));
    }
}
