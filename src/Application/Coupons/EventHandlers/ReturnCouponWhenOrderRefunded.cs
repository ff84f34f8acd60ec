using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.EventHandlers;

/// <summary>
/// Once the whole order is refunded, its coupon goes back to the buyer if the coupon's policy (<c>ReturnsOnRefund</c>)
/// says so; otherwise it stays used. A partial refund keeps it used.
/// </summary>
internal sealed class ReturnCouponWhenOrderRefunded(IApplicationDbContext db) : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        if (!notification.IsFullyRefunded || await db.TrackedCopyAsync(notification.UserCouponId, cancellationToken) is not { } copy)
        {
            return;
        }

        if (await db.Coupons.AnyAsync(c => c.Id == copy.CouponId && c.ReturnsOnRefund, cancellationToken))
        {
            copy.ReturnAfterRefund(notification.OrderId);
        }
    }
}
