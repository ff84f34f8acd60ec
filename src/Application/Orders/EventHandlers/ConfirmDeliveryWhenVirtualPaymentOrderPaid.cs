using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.EventHandlers;

/// <summary>
/// After a Virtual Payment order is paid here, WeChat must count its goods as delivered. The delivery push does that by
/// our reply; an order settled from a query (the push was lost) would stay undelivered at WeChat, so this tells WeChat
/// through the outbox, which repeats it until WeChat accepts. Virtual Payment, and so this port, is registered only when
/// configured; then every Virtual Payment order has it.
/// </summary>
internal sealed class ConfirmDeliveryWhenVirtualPaymentOrderPaid(
    IApplicationDbContext db, IEnumerable<IVirtualPaymentDeliveries> deliveries) : IAfterCommitHandler<OrderPaidEvent>
{
    public async ValueTask HandleAsync(OrderPaidEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Channel != PaymentChannel.WeChatVirtualPayment)
        {
            return;
        }

        var outTradeNo = await db.Orders.Where(o => o.Id == domainEvent.OrderId).Select(o => o.OutTradeNo).SingleAsync(cancellationToken);
        if (await deliveries.Single().ConfirmDeliveredAsync(outTradeNo, cancellationToken) is { } failure)
        {
            throw new InvalidOperationException(
                $"Virtual Payment did not accept the delivery of order {domainEvent.OrderId} ({failure.Code}); the outbox retries.");
        }
    }
}
