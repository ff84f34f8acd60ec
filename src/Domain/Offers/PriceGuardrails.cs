using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Offers;

/// <summary>
/// The limits no discount may cross for one offer: a floor price, a largest share off the list price, and whether a
/// limited-time price and a member price stack (otherwise the lower of the two applies).
/// </summary>
public sealed record PriceGuardrails
{
    public static readonly PriceGuardrails None = new(0, 100, false);

    private PriceGuardrails(long floorFen, int maxDiscountPercent, bool salePriceStacksWithMemberPrice)
    {
        FloorFen = floorFen;
        MaxDiscountPercent = maxDiscountPercent;
        SalePriceStacksWithMemberPrice = salePriceStacksWithMemberPrice;
    }

    public long FloorFen { get; private init; }

    /// <summary>0–100: the most any mix of discounts may take off the list price, in percent.</summary>
    public int MaxDiscountPercent { get; private init; }

    public bool SalePriceStacksWithMemberPrice { get; private init; }

    public static PriceGuardrails Of(long floorFen, int maxDiscountPercent, bool salePriceStacksWithMemberPrice) =>
        floorFen < 0 ? throw OfferErrors.InvalidGuardrails("The floor price cannot be negative.")
        : maxDiscountPercent is < 0 or > 100 ? throw OfferErrors.InvalidGuardrails("The maximum discount is a percentage from 0 to 100.")
        : new PriceGuardrails(floorFen, maxDiscountPercent, salePriceStacksWithMemberPrice);

    /// <summary>
    /// The limits of a bundle a creator makes of their courses: no lower than every course's floor together, no deeper
    /// discount than the strictest course allows, and stacking only when every course allows it.
    /// </summary>
    public static PriceGuardrails OfBundle(IReadOnlyCollection<PriceGuardrails> courses) =>
        courses.Count == 0
            ? None
            : new PriceGuardrails(
                courses.Sum(g => g.FloorFen),
                courses.Min(g => g.MaxDiscountPercent),
                courses.All(g => g.SalePriceStacksWithMemberPrice));

    /// <summary>The lowest price a line with list price <paramref name="listFen"/> may reach (never above the list price).</summary>
    public long LowestFen(long listFen)
    {
        var byDiscount = listFen - (listFen * MaxDiscountPercent / 100);
        return Math.Min(listFen, Math.Max(FloorFen, byDiscount));
    }

    /// <summary>Refuses a list price below the floor, which no discount could then honour.</summary>
    public void Admit(Money listPrice)
    {
        if (listPrice.AmountFen < FloorFen)
        {
            throw OfferErrors.PriceBelowFloor(listPrice.AmountFen, FloorFen);
        }
    }
}
