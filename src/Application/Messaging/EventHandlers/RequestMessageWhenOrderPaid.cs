using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.EventHandlers;

/// <summary>Tells the buyer their order is paid: what, how much, when, and its number.</summary>
internal sealed class RequestMessageWhenOrderPaid(IApplicationDbContext db, SubscriptionMessageRequests requests, TimeProvider clock)
    : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Where(o => o.Id == notification.OrderId)
            .Select(o => new { o.Title, o.OutTradeNo })
            .SingleAsync(cancellationToken);
        await requests.RequestAsync(
            notification.UserId,
            MessageTemplate.OrderPaid,
            new Dictionary<string, string>
            {
                [MessageFields.Title] = order.Title,
                [MessageFields.Amount] = SubscriptionValues.Amount(notification.AmountFen),
                [MessageFields.Time] = SubscriptionValues.Time(clock.GetUtcNow()),
                [MessageFields.OrderNo] = order.OutTradeNo,
            },
            $"order-paid:{notification.OrderId}",
            cancellationToken);
    }
}
