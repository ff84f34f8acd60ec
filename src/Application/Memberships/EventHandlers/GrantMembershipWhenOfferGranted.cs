using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Memberships.EventHandlers;

/// <summary>
/// A claimed gift or redeemed code of a plan adds a term to the recipient's membership, in the claim's transaction;
/// the term names the gift or code, so it is granted once. Courses and bundles are the learning feature's.
/// </summary>
internal sealed class GrantMembershipWhenOfferGranted(IApplicationDbContext db, TimeProvider clock)
    : IInTransactionHandler<OfferGrantedEvent>
{
    public async ValueTask Handle(OfferGrantedEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Kind == OfferKind.Membership)
        {
            await db.GrantTermAsync(
                notification.UserId, notification.OfferId, notification.Source, notification.SourceId, clock.GetUtcNow(), cancellationToken);
        }
    }
}
