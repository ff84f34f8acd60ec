using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.EventHandlers;

/// <summary>
/// After a group failed: each paid member's order is refunded in full through the provider that took the money, and each
/// unpaid one is closed there and here (a payment that won that race comes back as a late payment, refunded in turn).
/// Exactly once per order however often the event arrives: a refund still processing is sent again under its own number
/// (the provider treats that as the same refund), an order with nothing left to refund is left alone. A refusal throws,
/// so the outbox tries again.
/// </summary>
internal sealed class RefundOrdersWhenGroupBuyFailed(IApplicationDbContext db, RefundIssuing refunds, PaymentFollowUp followUp)
    : IAfterCommitHandler<GroupBuyFailedEvent>
{
    public const string RefundReason = "拼团未成团，自动退款";

    public async ValueTask HandleAsync(GroupBuyFailedEvent domainEvent, CancellationToken cancellationToken)
    {
        foreach (var orderId in domainEvent.PaidOrderIds)
        {
            var order = await db.OrderAsync(orderId, cancellationToken);
            if (order.ProcessingRefund is { } processing)
            {
                await refunds.SendAsync(order, processing, cancellationToken);
            }
            else if (order.RefundableFen > 0)
            {
                // On the buyer's behalf: the group they paid into did not fill.
                await refunds.StartAsync(order, order.RefundableFen, RefundReason, order.UserId, cancellationToken);
            }
        }

        foreach (var orderId in domainEvent.UnpaidOrderIds)
        {
            var order = await db.OrderAsync(orderId, cancellationToken);
            if (order.IsPending)
            {
                await followUp.CloseAsync(order, OrderCloseReason.GroupBuyFailed, cancellationToken);
            }
        }
    }
}
