using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// Three sales running from the moment the demo starts, so a newcomer sees a sale price and a countdown at once: a
/// limited-time price of 20% off on the first paid published course for two weeks, a flash sale at half price on the
/// second for three days (100 units, one per buyer), and 10% off the bundle 入门三件套 for two weeks, so the README's tour
/// buys a bundle with a coupon during a sale. The dates are relative to <c>now</c>.
/// </summary>
internal static class DemoSales
{
    public static IReadOnlyList<Sale> Build(DemoCatalog catalog, IReadOnlyList<Offer> offers, DateTimeOffset now)
    {
        var paid = catalog.Courses.Where(c => c.Status == CourseStatus.Published && !c.Price.IsFree).Take(2).ToList();
        var limitedTime = Sale.Schedule(
            SaleKind.LimitedTimePrice,
            TargetOf(paid[0]),
            new SaleTerms("限时优惠 8折", paid[0].Price.AmountFen * 8 / 10, now.AddDays(-1), now.AddDays(14)),
            null,
            now);
        var flash = Sale.Schedule(
            SaleKind.FlashSale,
            TargetOf(paid[1]),
            new SaleTerms("秒杀 5折", paid[1].Price.AmountFen / 2, now.AddHours(-1), now.AddDays(3), Stock: 100, PerUserLimit: 1),
            null,
            now);
        var bundle = offers.First(o => o.Kind == OfferKind.Bundle && !o.IsSeries);
        var bundleSale = Sale.Schedule(
            SaleKind.LimitedTimePrice,
            new SaleTarget(new OfferRef(OfferKind.Bundle, bundle.Id), bundle.ListPrice.AmountFen, bundle.Guardrails),
            new SaleTerms("套餐限时 9折", bundle.ListPrice.AmountFen * 9 / 10, now.AddDays(-1), now.AddDays(14)),
            null,
            now);

        // Demo data is not a change anyone made, so it leaves no audit trail.
        Sale[] sales = [limitedTime, flash, bundleSale];
        foreach (var sale in sales)
        {
            sale.ClearDomainEvents();
        }

        return sales;
    }

    private static SaleTarget TargetOf(Course course) =>
        new(OfferRef.ForCourse(course.Id), course.Price.AmountFen, PriceGuardrails.None);
}
