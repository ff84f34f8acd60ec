using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Offers.Queries;

/// <summary>Offers on sale are public; withdrawn ones are seen by admins and by the creator whose bundle it is.</summary>
internal static class OfferVisibility
{
    public static async Task<IQueryable<Offer>> VisibleOffersAsync(
        this IApplicationDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Role.Admin))
        {
            return db.Offers;
        }

        var ownCreatorId = user.IsInRole(Role.Creator) ? await db.OwnCreatorIdAsync(user, cancellationToken) : null;
        return db.Offers.Where(o => o.IsOnSale || (ownCreatorId != null && o.CreatorId == ownCreatorId));
    }
}
