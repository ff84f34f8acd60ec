using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// The paid course opens with the payment, in its transaction. A buyer who already holds active access (bought twice
/// in two windows, or granted by an admin meanwhile) gets no second enrollment: the order waits for an operator to
/// refund it instead.
/// </summary>
internal sealed class GrantCourseAccessWhenOrderPaid(
    IApplicationDbContext db, TimeProvider clock, ILogger<GrantCourseAccessWhenOrderPaid> logger)
    : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        var alreadyOwned = await db.Enrollments.ActiveFor(notification.UserId, notification.CourseId).AnyAsync(cancellationToken);
        if (alreadyOwned)
        {
            var order = await db.Orders.FindAsync([notification.OrderId], cancellationToken);
            logger.Flag(order!, OrderReviewReason.AlreadyOwned);
            return;
        }

        db.Enrollments.Add(Enrollment.ByPurchase(
            notification.UserId, notification.CourseId, notification.OrderId, clock.GetUtcNow()));
    }
}
