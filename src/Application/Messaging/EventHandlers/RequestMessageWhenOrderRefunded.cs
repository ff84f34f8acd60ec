using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.EventHandlers;

/// <summary>Tells the buyer a refund was paid out: for what, how much, when. Once per refund.</summary>
internal sealed class RequestMessageWhenOrderRefunded(IApplicationDbContext db, SubscriptionMessageRequests requests, TimeProvider clock)
    : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Where(o => o.Id == notification.OrderId)
            .Select(o => new { o.Title, o.OutTradeNo })
            .SingleAsync(cancellationToken);
        await requests.RequestAsync(
            notification.UserId,
            MessageTemplate.RefundCompleted,
            new Dictionary<string, string>
            {
                [MessageFields.Title] = order.Title,
                [MessageFields.Amount] = SubscriptionValues.Amount(notification.AmountFen),
                [MessageFields.Time] = SubscriptionValues.Time(clock.GetUtcNow()),
                [MessageFields.OrderNo] = order.OutTradeNo,
            },
            $"refund-completed:{notification.RefundId}",
            cancellationToken);
    }
}
