using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.Tracking.EventHandlers;

/// <summary>
/// A purchase enters the behaviour log when it opened the course (a payment flagged because the buyer already owned the
/// course is no purchase to learn from), dated when it was paid and keyed by the enrollment, so it is recorded
/// once per course.
/// </summary>
internal sealed class RecordPurchaseWhenEnrollmentGranted(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<EnrollmentGrantedEvent>
{
    public async ValueTask Handle(EnrollmentGrantedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Source != EnrollmentSource.Purchase)
        {
            return;
        }

        // Both are still being saved: Find reads them from the change tracker.
        var enrollment = await db.Enrollments.FindAsync([notification.EnrollmentId], cancellationToken);
        var order = await db.Orders.FindAsync([enrollment!.OrderId], cancellationToken);
        var now = clock.GetUtcNow();
        await db.RecordServerEventAsync(
            notification.UserId, BehaviourEventKind.Purchase, notification.CourseId, $"purchase:{notification.EnrollmentId:N}",
            order!.PaidAt ?? now, now, cancellationToken);
    }
}
