using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// The paid courses open with the payment, in its transaction: each course line's course (bundles and memberships
/// have their own handlers, gifts wait for their recipient, and a line bought in a group (拼团) opens when the group fills,
/// for every member, as a purchase of the member's order). A buyer who already holds active access (bought twice in
/// two windows, or granted by an admin meanwhile) gets no second enrollment; the payment settlement flags that order
/// for an operator to refund.
/// </summary>
internal sealed class GrantCourseAccessWhenOrderPaid(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderPaidEvent>, IInTransactionHandler<GroupBuyCompletedEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var enrollments = notification.Lines
            .Where(l => l is { Kind: OfferKind.Course, IsGift: false, GroupBuyId: null })
            .Select(l => Enrollment.ByPurchase(notification.UserId, l.OfferId, notification.OrderId, now))
            .ToList();
        await db.EnrollAsync(enrollments, now, cancellationToken);
    }

    public async ValueTask Handle(GroupBuyCompletedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Kind != OfferKind.Course)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await db.EnrollAsync(
            [.. notification.Members.Select(m => Enrollment.ByPurchase(m.UserId, notification.OfferId, m.OrderId, now))], now, cancellationToken);
    }
}
