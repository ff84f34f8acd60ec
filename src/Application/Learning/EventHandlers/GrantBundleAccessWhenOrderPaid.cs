using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// A paid bundle line opens every course of the bundle, in the payment's transaction, each enrollment naming the order
/// and the bundle (its refund withdraws them; a series reaches its buyers through them). Courses the buyer already
/// holds an active enrollment for are skipped: they keep the access they had. A membership is no reason to skip, since
/// it ends. Gift lines wait for their recipient; a line bought in a group (拼团) waits for the group to fill, which opens
/// the bundle for every member the same way.
/// </summary>
internal sealed class GrantBundleAccessWhenOrderPaid(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderPaidEvent>, IInTransactionHandler<GroupBuyCompletedEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var line in notification.Lines.Where(l => l is { Kind: OfferKind.Bundle, IsGift: false, GroupBuyId: null }))
        {
            await EnrollAsync(notification.UserId, notification.OrderId, line.OfferId, now, cancellationToken);
        }
    }

    public async ValueTask Handle(GroupBuyCompletedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Kind != OfferKind.Bundle)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var member in notification.Members)
        {
            await EnrollAsync(member.UserId, member.OrderId, notification.OfferId, now, cancellationToken);
        }
    }

    private async Task EnrollAsync(Guid userId, Guid orderId, Guid bundleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var courseIds = await db.BundleCourseIdsAsync(bundleId, cancellationToken);
        await db.EnrollAsync(
            [.. courseIds.Select(courseId => Enrollment.ByPurchase(userId, courseId, orderId, now, bundleId))], now, cancellationToken);
    }
}
