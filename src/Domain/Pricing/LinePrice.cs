using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Pricing;

/// <summary>A priced line: its steps from the list price down to <see cref="AmountFen"/>, which they always add up to.</summary>
public sealed record LinePrice(OfferRef Offer, string Title, long ListFen, IReadOnlyList<PriceStep> Steps, long AmountFen, SalePrice? Sale, bool IsGift)
{
    public long DiscountFen => ListFen - AmountFen;
}
