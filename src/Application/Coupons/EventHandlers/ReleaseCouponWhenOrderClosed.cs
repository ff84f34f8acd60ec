using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Coupons.EventHandlers;

/// <summary>An order closed unpaid gives its coupon back to the buyer (usable again while its validity lasts).</summary>
internal sealed class ReleaseCouponWhenOrderClosed(IApplicationDbContext db) : IInTransactionHandler<OrderClosedEvent>
{
    public async ValueTask Handle(OrderClosedEvent notification, CancellationToken cancellationToken) =>
        (await db.TrackedCopyAsync(notification.UserCouponId, cancellationToken))?.Release(notification.OrderId);
}
