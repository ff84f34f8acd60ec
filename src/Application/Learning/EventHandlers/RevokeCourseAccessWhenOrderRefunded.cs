using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>Once a course line's whole amount is back, the access it bought closes in the refund's transaction; a partial refund keeps it.</summary>
internal sealed class RevokeCourseAccessWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        foreach (var line in notification.Lines.Where(l => l is { Kind: OfferKind.Course, IsFullyRefunded: true, IsGift: false }))
        {
            var enrollment = await db.Enrollments.SingleOrDefaultAsync(
                e => e.OrderId == notification.OrderId && e.CourseId == line.OfferId && e.BundleId == null && e.RevokedAt == null,
                cancellationToken);
            enrollment?.Revoke(clock.GetUtcNow());
        }
    }
}
