using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Tracking.EventHandlers;

/// <summary>
/// Every refund paid out enters the behaviour log once per course line it refunds, dated when it completed and keyed by
/// its refund number and line.
/// </summary>
internal sealed class RecordRefundWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        // The order is being saved: the query returns the tracked instance with the completed refund.
        var order = await db.Orders.Include(o => o.Refunds).SingleAsync(o => o.Id == notification.OrderId, cancellationToken);
        var refund = order.Refunds.Single(r => r.Id == notification.RefundId);
        var now = clock.GetUtcNow();
        foreach (var line in notification.Lines.Where(l => l is { Kind: OfferKind.Course, IsGift: false }))
        {
            var key = notification.Lines.Count == 1 ? $"refund:{refund.OutRefundNo}" : $"refund:{refund.OutRefundNo}:{line.LineId}";
            await db.RecordServerEventAsync(
                order.UserId, BehaviourEventKind.Refund, line.OfferId, key, refund.CompletedAt ?? now, now, cancellationToken);
        }
    }
}
