using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Memberships.EventHandlers;

/// <summary>
/// Once a plan line's whole amount is back, the term it bought comes out of the membership in the refund's transaction:
/// the expiry shortens by what was left of that term (see <see cref="Domain.Memberships.Membership"/>). A partial refund
/// keeps the term.
/// </summary>
internal sealed class RemoveMembershipTermWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken)
    {
        foreach (var line in notification.Lines.Where(l => l is { Kind: OfferKind.Membership, IsFullyRefunded: true, IsGift: false }))
        {
            var membership = await db.MembershipOfAsync(notification.UserId, line.OfferId, cancellationToken);
            membership?.RemoveTerm(EnrollmentSource.Purchase, line.LineId, clock.GetUtcNow());
        }
    }
}
