using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.EventHandlers;

/// <summary>
/// Once a bundle line's whole amount is back, every course that order opened through the bundle closes (those a series
/// added later too), in the refund's transaction; courses the buyer held before keep their own enrollments.
/// </summary>
internal sealed class RevokeBundleAccessWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        var bundleIds = notification.Lines
            .Where(l => l is { Kind: OfferKind.Bundle, IsFullyRefunded: true, IsGift: false })
            .Select(l => (Guid?)l.OfferId)
            .ToList();
        if (bundleIds.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var enrollments = await db.Enrollments
            .Where(e => e.OrderId == notification.OrderId && bundleIds.Contains(e.BundleId) && e.RevokedAt == null)
            .ToListAsync(cancellationToken);
        enrollments.ForEach(e => e.Revoke(now));
    }
}
