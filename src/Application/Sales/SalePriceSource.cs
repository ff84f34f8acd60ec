using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Sales;

/// <summary>The pricing engine's limited-time and flash-sale prices: the sale <see cref="RunningSales"/> picks per offer.</summary>
internal sealed class SalePriceSource(IApplicationDbContext db) : ISalePriceSource
{
    public async Task<IReadOnlyDictionary<OfferRef, SalePrice>> RunningAsync(
        IReadOnlyCollection<OfferRef> offers, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sales = await db.BestForAsync(offers, userId, now, cancellationToken);
        return sales.ToDictionary(p => p.Key, p => new SalePrice(p.Value.Id, p.Value.PriceFen, p.Value.IsFlashSale, p.Value.Title, p.Value.EndsAt));
    }
}
