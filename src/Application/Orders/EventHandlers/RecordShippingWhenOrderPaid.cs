using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Orders.EventHandlers;

/// <summary>
/// After a WeChat Pay payment commits, records with WeChat that the content was delivered — at once, since it is virtual
/// (logistics_type 3) — and notes on the order when WeChat accepted it. A refusal throws, so the outbox asks again later
/// until WeChat accepts; an order already noted is not sent again, nor one refunded in full meanwhile (nothing is left to
/// ship). Other channels have nothing to record.
/// </summary>
internal sealed class RecordShippingWhenOrderPaid(
    IApplicationDbContext db, IShippingInfoUploader shipping, IOptions<ShippingOptions> options, TimeProvider clock)
    : IAfterCommitHandler<OrderPaidEvent>
{
    public async ValueTask HandleAsync(OrderPaidEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Channel != PaymentChannel.WeChatPayJsapi || !options.Value.Enabled)
        {
            return;
        }

        var order = await db.Orders.SingleAsync(o => o.Id == domainEvent.OrderId, cancellationToken);
        if (order.ShippingRecordedAt is not null || order.IsFullyRefunded || order.TransactionId is not { } transactionId)
        {
            return;
        }

        var payer = await db.Users.Where(u => u.Id == order.UserId).Select(u => u.OpenId).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (await shipping.UploadAsync(new VirtualGoodsShipment(transactionId, payer, order.Title, now), cancellationToken) is { } failure)
        {
            throw ProviderException.ShippingNotRecorded(failure.ErrCode);
        }

        order.RecordShipping(now);
    }
}
