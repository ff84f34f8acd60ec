using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Pricing.Queries;

/// <summary>A priced cart: 原价 (<see cref="ListTotalFen"/>), 优惠 (<see cref="DiscountFen"/>), 实付 (<see cref="TotalFen"/>).</summary>
public sealed record QuoteDto(IReadOnlyList<LinePriceDto> Lines, long ListTotalFen, long DiscountFen, long TotalFen, bool CouponApplied)
{
    public static QuoteDto From(PriceQuote quote) => new(
        [.. quote.Lines.Select(LinePriceDto.From)], quote.ListTotalFen, quote.DiscountFen, quote.TotalFen, quote.UserCouponId is not null);
}

/// <summary>One line's price and how it came about; <see cref="SaleEndsAt"/> drives a countdown.</summary>
public sealed record LinePriceDto(
    OfferKind Kind, Guid OfferId, string Title, long ListFen, long AmountFen, IReadOnlyList<PriceStepDto> Steps, bool IsGift,
    DateTimeOffset? SaleEndsAt)
{
    public static LinePriceDto From(LinePrice line) => new(
        line.Offer.Kind, line.Offer.Id, line.Title, line.ListFen, line.AmountFen,
        [.. line.Steps.Select(s => new PriceStepDto(s.Kind, s.AmountFen, s.Reason))], line.IsGift, line.Sale?.EndsAt);
}

public sealed record PriceStepDto(PriceStepKind Kind, long AmountFen, string Reason);
