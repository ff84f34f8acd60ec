using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sales;

/// <summary>
/// Which sale a buyer gets on each offer at a moment. Sales of one offer may overlap (a flash sale inside a week of
/// 限时优惠 is the usual case), so none is refused for overlapping: the buyer gets the lowest price among the sales running
/// for the offer that still have stock and whose limit the buyer has not reached; on a tie the limited-time price (it
/// spends no stock), then the one ending first. When a flash sale sells out, the limited-time price around it shows again.
/// </summary>
internal static class RunningSales
{
    public static async Task<IReadOnlyDictionary<OfferRef, Sale>> BestForAsync(
        this IApplicationDbContext db, IReadOnlyCollection<OfferRef> offers, Guid? userId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (offers.Count == 0)
        {
            return new Dictionary<OfferRef, Sale>();
        }

        var offerIds = offers.Select(o => o.Id).Distinct().ToList();
        var running = await db.Sales.AsNoTracking()
            .Where(s => offerIds.Contains(s.OfferId) && s.EndedEarlyAt == null && s.StartsAt <= now && s.EndsAt > now
                && (s.Stock == null || s.Sold < s.Stock))
            .ToListAsync(cancellationToken);
        var wanted = offers.ToHashSet();
        running.RemoveAll(s => !wanted.Contains(s.Offer));
        var used = userId is { } buyer ? await db.LimitsReachedAsync(running, buyer, cancellationToken) : [];
        return running.Where(s => !used.Contains(s.Id))
            .GroupBy(s => s.Offer)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.PriceFen).ThenBy(s => s.IsFlashSale).ThenBy(s => s.EndsAt).First());
    }

    private static async Task<HashSet<Guid>> LimitsReachedAsync(
        this IApplicationDbContext db, List<Sale> sales, Guid userId, CancellationToken cancellationToken)
    {
        var limits = sales.Where(s => s.PerUserLimit is not null).ToDictionary(s => s.Id, s => s.PerUserLimit!.Value);
        if (limits.Count == 0)
        {
            return [];
        }

        var saleIds = limits.Keys.ToList();
        var held = await db.SaleReservations
            .Where(r => r.UserId == userId && saleIds.Contains(r.SaleId))
            .GroupBy(r => r.SaleId)
            .Select(g => new { SaleId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return held.Where(h => h.Count >= limits[h.SaleId]).Select(h => h.SaleId).ToHashSet();
    }
}
