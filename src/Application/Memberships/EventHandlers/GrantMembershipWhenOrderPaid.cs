using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Memberships.EventHandlers;

/// <summary>
/// A paid plan line adds a term to the buyer's membership of that plan (starting it, or extending it from its current
/// expiry), in the payment's transaction; the term names the order line, so the line's refund can take it out again.
/// Gift lines wait for their recipient.
/// </summary>
internal sealed class GrantMembershipWhenOrderPaid(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken)
    {
        foreach (var line in notification.Lines.Where(l => l is { Kind: OfferKind.Membership, IsGift: false }))
        {
            await db.GrantTermAsync(
                notification.UserId, line.OfferId, EnrollmentSource.Purchase, line.LineId, clock.GetUtcNow(), cancellationToken);
        }
    }
}
