using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Messaging.EventHandlers;

/// <summary>Tells the buyer their order is paid: what, how much, when, and its number.</summary>
internal sealed class RequestMessageWhenOrderPaid(IApplicationDbContext db, SubscriptionMessageRequests requests, TimeProvider clock)
    : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        // Find, not a query: an order paid in the save that inserts it (demo data) is only tracked so far.
        var order = await db.Orders.FindAsync([notification.OrderId], cancellationToken)
            ?? throw new InvalidOperationException($"Order {notification.OrderId} was paid but cannot be found.");
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
