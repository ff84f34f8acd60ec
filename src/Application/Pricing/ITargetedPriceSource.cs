using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Pricing;

/// <summary>
/// A feature that prices offers for one signed-in buyer (a price experiment's variant, a campaign's personal offer).
/// Every registered source is asked for every quote and order, so the charge is the price the buyer was shown.
/// </summary>
public interface ITargetedPriceSource
{
    /// <summary>The prices meant for <paramref name="userId"/> at <paramref name="now"/>, for those of <paramref name="offers"/> that have one.</summary>
    Task<IReadOnlyDictionary<OfferRef, TargetedPrice>> PricesAsync(
        IReadOnlyCollection<OfferRef> offers, Guid userId, DateTimeOffset now, CancellationToken cancellationToken);
}
