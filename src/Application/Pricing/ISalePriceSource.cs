using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Pricing;

/// <summary>The sales feature's answer to "what runs for these offers now": a limited-time or flash-sale price per offer.</summary>
public interface ISalePriceSource
{
    /// <summary>
    /// The best price running at <paramref name="now"/> for each of <paramref name="offers"/> that has one. A flash sale
    /// that is sold out, or whose per-user limit <paramref name="userId"/> has reached, is left out.
    /// </summary>
    Task<IReadOnlyDictionary<OfferRef, SalePrice>> RunningAsync(
        IReadOnlyCollection<OfferRef> offers, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken);
}
