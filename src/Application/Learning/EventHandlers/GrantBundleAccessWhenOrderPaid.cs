using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// A paid bundle line opens every course of the bundle, in the payment's transaction, each enrollment naming the order
/// and the bundle (its refund withdraws them; a series reaches its buyers through them). Courses the buyer already
/// holds an active enrollment for are skipped: they keep the access they had. A membership is no reason to skip, since
/// it ends. Gift lines wait for their recipient.
/// </summary>
internal sealed class GrantBundleAccessWhenOrderPaid(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var line in notification.Lines.Where(l => l is { Kind: OfferKind.Bundle, IsGift: false }))
        {
            var courseIds = await db.BundleCourseIdsAsync(line.OfferId, cancellationToken);
            await db.EnrollAsync(
                [.. courseIds.Select(courseId => Enrollment.ByPurchase(notification.UserId, courseId, notification.OrderId, now, line.OfferId))],
                now,
                cancellationToken);
        }
    }
}
