using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Pricing;

/// <summary>A priced line: its steps from the list price down to <see cref="AmountFen"/>, which they always add up to.</summary>
/// <param name="GroupBuyId">The group the line is bought in (拼团), an existing one or the one it opens.</param>
public sealed record LinePrice(
    OfferRef Offer, string Title, long ListFen, IReadOnlyList<PriceStep> Steps, long AmountFen, SalePrice? Sale, bool IsGift, Guid? GroupBuyId = null)
{
    public long DiscountFen => ListFen - AmountFen;
}
