using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns;

/// <summary>The personal prices campaigns gave the buyer, valid now: the lowest per offer becomes a personal-price step.</summary>
internal sealed class PersonalPriceSource(IApplicationDbContext db) : ITargetedPriceSource
{
    public const string Reason = "专属价";

    public async Task<IReadOnlyDictionary<OfferRef, TargetedPrice>> PricesAsync(
        IReadOnlyCollection<OfferRef> offers, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = offers.Select(o => o.Id).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<OfferRef, TargetedPrice>();
        }

        var rows = await db.PersonalOffers.AsNoTracking()
            .Where(p => p.UserId == userId && ids.Contains(p.OfferId) && p.ValidFrom <= now && p.ValidUntil > now)
            .Select(p => new { p.Id, p.OfferKind, p.OfferId, p.PriceFen })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(p => new OfferRef(p.OfferKind, p.OfferId))
            .Where(g => offers.Contains(g.Key))
            .Select(g => g.MinBy(p => p.PriceFen)!)
            .ToDictionary(
                p => new OfferRef(p.OfferKind, p.OfferId),
                p => new TargetedPrice(PriceStepKind.PersonalPrice, p.Id, p.PriceFen, Reason));
    }
}
