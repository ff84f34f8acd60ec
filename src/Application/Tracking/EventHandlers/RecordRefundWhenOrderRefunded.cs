using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Tracking.EventHandlers;

/// <summary>Every refund paid out enters the behaviour log, dated when it completed and keyed by its refund number.</summary>
internal sealed class RecordRefundWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        // The order is being saved: the query returns the tracked instance with the completed refund.
        var order = await db.Orders.Include(o => o.Refunds).SingleAsync(o => o.Id == notification.OrderId, cancellationToken);
        var refund = order.Refunds.Single(r => r.Id == notification.RefundId);
        var now = clock.GetUtcNow();
        await db.RecordServerEventAsync(
            order.UserId, BehaviourEventKind.Refund, order.CourseId, $"refund:{refund.OutRefundNo}",
            refund.CompletedAt ?? now, now, cancellationToken);
    }
}
