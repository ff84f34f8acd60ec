using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Pricing;

/// <summary>
/// Prices carts for quotes and orders alike: reads the lines from the catalogue (<see cref="CartCatalog"/>), the
/// buyer's standing (<see cref="BuyerStanding"/>), running sales and the coupon from their features' sources, and
/// hands them to <see cref="PricingEngine"/>. The same inputs always give the same price.
/// </summary>
internal sealed class Pricer(
    IApplicationDbContext db,
    ISalePriceSource sales,
    IMemberPriceSource members,
    ICouponTermsSource coupons,
    IGroupPriceSource groups,
    IEnumerable<ITargetedPriceSource> targetedSources,
    IOptions<OrderOptions> options)
{
    public async Task<PriceQuote> QuoteAsync(
        Guid? userId,
        IReadOnlyList<LineRequest> lines,
        string? couponCode,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        GroupBuyRequest? groupBuy = null)
    {
        if (lines.Count == 0)
        {
            throw PricingErrors.EmptyCart();
        }

        if (lines.Count > PricingLimits.MaxLines)
        {
            throw PricingErrors.TooManyLines();
        }

        if (groupBuy is not null && (lines.Count != 1 || lines[0].IsGift || couponCode is not null))
        {
            throw GroupBuyErrors.InvalidCart();
        }

        var catalog = await CartCatalog.ReadAsync(db, lines, cancellationToken);
        var standing = await BuyerStanding.ReadAsync(db, members, userId, catalog.CourseIds, now, cancellationToken);
        var running = await sales.RunningAsync(catalog.Offers, userId, now, cancellationToken);
        var targeted = await TargetedAsync(catalog.Offers, userId, now, cancellationToken);
        var priced = lines.Select(line =>
        {
            var item = catalog.ForSale(line);
            return Line(item, line.IsGift, line.IsGift ? 0 : OwnedShareFen(item, standing), standing, running, targeted);
        }).ToList();
        if (groupBuy is not null)
        {
            var line = priced[0];
            priced[0] = line.OwnedFen > 0
                ? throw OfferErrors.AlreadyOwned(line.Offer.Id)
                : line with { Group = await groups.PriceAsync(groupBuy, line.Offer, userId, now, cancellationToken) };
        }

        var coupon = couponCode is null
            ? null
            : await coupons.ResolveAsync(userId ?? throw new UnauthenticatedException(), couponCode, now, cancellationToken);
        return PricingEngine.Price(priced, coupon);
    }

    /// <summary>
    /// What each of <paramref name="courseIds"/> costs the viewer alone, whether or not they own it; courses not on sale
    /// are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, LinePrice>> PriceCoursesAsync(
        Guid? userId, IReadOnlyCollection<Guid> courseIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var catalog = await CartCatalog.ReadAsync(db, [.. courseIds.Select(id => LineRequest.ForCourse(id))], cancellationToken);
        var standing = await BuyerStanding.ReadAsync(db, members, userId, catalog.CourseIds, now, cancellationToken);
        var running = await sales.RunningAsync(catalog.Offers, userId, now, cancellationToken);
        var targeted = await TargetedAsync(catalog.Offers, userId, now, cancellationToken);
        return catalog.OnSale
            .Select(item => PricingEngine.Price([Line(item, isGift: false, ownedFen: 0, standing, running, targeted)], null).Lines[0])
            .ToDictionary(line => line.Offer.Id);
    }

    private static PricingLine Line(
        CartItem item,
        bool isGift,
        long ownedFen,
        BuyerStanding standing,
        IReadOnlyDictionary<OfferRef, SalePrice> running,
        ILookup<OfferRef, TargetedPrice> targeted)
    {
        var member = item.Offer.Kind == OfferKind.Course && !standing.Opens(item.Offer.Id) ? standing.BestMemberPrice : null;
        return new PricingLine(
            item.Offer, item.Title, item.ListFen, item.Guardrails, item.CourseIds, item.CategoryIds, ownedFen,
            running.GetValueOrDefault(item.Offer), member, isGift, Targeted: isGift ? null : [.. targeted[item.Offer]]);
    }

    /// <summary>Prices meant for the buyer alone; a gift line takes none of them, an anonymous viewer has none.</summary>
    private async Task<ILookup<OfferRef, TargetedPrice>> TargetedAsync(
        IReadOnlyCollection<OfferRef> offers, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prices = new List<KeyValuePair<OfferRef, TargetedPrice>>();
        if (userId is { } buyer)
        {
            foreach (var source in targetedSources)
            {
                prices.AddRange(await source.PricesAsync(offers, buyer, now, cancellationToken));
            }
        }

        return prices.ToLookup(p => p.Key, p => p.Value);
    }

    /// <summary>
    /// A course the buyer can open is refused; a bundle they own wholly too, and one they own partly is priced out in
    /// proportion to the owned courses' list prices, or refused, as the operator chose.
    /// </summary>
    private long OwnedShareFen(CartItem item, BuyerStanding standing)
    {
        switch (item.Offer.Kind)
        {
            case OfferKind.Course when standing.Opens(item.Offer.Id):
                throw Domain.Orders.OrderErrors.CourseAlreadyOwned(item.Offer.Id);
            case OfferKind.Bundle:
                var owned = item.CourseListFen.Where(c => standing.Opens(c.Key)).Sum(c => c.Value);
                if (owned == 0)
                {
                    return 0;
                }

                if (owned == item.CourseListFen.Values.Sum() || options.Value.OwnedContent == OwnedContentPolicy.Refuse)
                {
                    throw OfferErrors.AlreadyOwned(item.Offer.Id);
                }

                return (long)((Int128)item.ListFen * owned / item.CourseListFen.Values.Sum());
            default:
                return 0;
        }
    }
}
