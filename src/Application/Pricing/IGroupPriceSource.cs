using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Pricing;

/// <summary>The group-buying feature's answer to "what does this line cost in that group".</summary>
public interface IGroupPriceSource
{
    /// <summary>
    /// The group price of <paramref name="offer"/> under <paramref name="request"/>, naming the group joined or a new one's id;
    /// a typed error when the deal does not run for that offer, the group is full or closed, or the buyer is already in a
    /// group for the offer.
    /// </summary>
    Task<GroupPrice> PriceAsync(
        GroupBuyRequest request, OfferRef offer, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken);
}
