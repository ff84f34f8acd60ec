using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Coupons.EventHandlers;

/// <summary>The paid order's coupon is used, in the payment's transaction; a coupon never fails a payment.</summary>
internal sealed class UseCouponWhenOrderPaid(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken) =>
        (await db.TrackedCopyAsync(notification.UserCouponId, cancellationToken))?.MarkUsed(notification.OrderId, clock.GetUtcNow());
}
