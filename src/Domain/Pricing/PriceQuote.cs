namespace KnowledgePay.Domain.Pricing;

/// <summary>What a cart costs now: each line's steps, and the coupon the order would lock (null when none applies).</summary>
public sealed record PriceQuote(IReadOnlyList<LinePrice> Lines, Guid? UserCouponId)
{
    public long ListTotalFen => Lines.Sum(l => l.ListFen);

    public long TotalFen => Lines.Sum(l => l.AmountFen);

    public long DiscountFen => ListTotalFen - TotalFen;
}
