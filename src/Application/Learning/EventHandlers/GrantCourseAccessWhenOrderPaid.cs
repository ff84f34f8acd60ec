using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// The paid course opens with the payment, in its transaction. A buyer who already holds active access (bought twice
/// in two windows, or granted by an admin meanwhile) gets no second enrollment; the payment settlement flags that order
/// for an operator to refund.
/// </summary>
internal sealed class GrantCourseAccessWhenOrderPaid(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        if (await db.Enrollments.ActiveFor(notification.UserId, notification.CourseId).AnyAsync(cancellationToken))
        {
            return;
        }

        db.Enrollments.Add(Enrollment.ByPurchase(
            notification.UserId, notification.CourseId, notification.OrderId, clock.GetUtcNow()));
    }
}
