using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Coupons.EventHandlers;

/// <summary>
/// The coupon an order was priced with is locked by it in the order's own transaction. Orders racing for one copy each
/// bump its version: one save wins, the others fail as conflicts, and their retry finds the copy locked
/// (<see cref="CouponErrors.InUse"/>).
/// </summary>
internal sealed class LockCouponWhenOrderPlaced(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderPlacedEvent>
{
    public async ValueTask Handle(OrderPlacedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.UserCouponId is null)
        {
            return;
        }

        var copy = await db.TrackedCopyAsync(notification.UserCouponId, cancellationToken) ?? throw CouponErrors.Unknown();
        copy.Lock(notification.UserId, notification.OrderId, clock.GetUtcNow());
    }
}
