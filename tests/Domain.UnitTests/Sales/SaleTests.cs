using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Domain.UnitTests.Sales;

public sealed class SaleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid AdminId = Guid.CreateVersion7();
    private static readonly SaleTarget Course = new(OfferRef.ForCourse(Guid.CreateVersion7()), 10_000, PriceGuardrails.None);

    [Fact]
    public void SchedulingALimitedTimePriceRaisesTheAuditedEvent()
    {
        var sale = Sale.Schedule(SaleKind.LimitedTimePrice, Course, Terms(7_900), AdminId, Now);

        var scheduled = Assert.IsType<SaleScheduledEvent>(Assert.Single(sale.DomainEvents()));
        Assert.Equal((sale.Id, Course.Offer.Id, 10_000L, 7_900L, AdminId), (scheduled.SaleId, scheduled.OfferId, scheduled.ListFen, scheduled.PriceFen, scheduled.SetByUserId));
        Assert.Null(sale.Stock);
        Assert.True(sale.IsRunning(Now));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(12_000)]
    public void FailsWhenThePriceIsNotBelowTheListPrice(long priceFen)
    {
        var error = Assert.Throws<DomainException>(() => Sale.Schedule(SaleKind.LimitedTimePrice, Course, Terms(priceFen), AdminId, Now));

        Assert.Equal(SaleErrors.NotBelowListPriceCode, error.Code);
    }

    [Theory]
    [InlineData(5_999)] // below the floor of 60.00
    [InlineData(6_999)] // above the floor but more than 30% off
    public void FailsWhenThePriceCrossesTheGuardrails(long priceFen)
    {
        var guarded = Course with { Guardrails = PriceGuardrails.Of(6_000, 30, false) };

        var error = Assert.Throws<DomainException>(() => Sale.Schedule(SaleKind.LimitedTimePrice, guarded, Terms(priceFen), AdminId, Now));

        Assert.Equal(SaleErrors.BeyondGuardrailsCode, error.Code);
    }

    [Fact]
    public void APriceAtTheGuardrailsLowestIsAdmitted()
    {
        var guarded = Course with { Guardrails = PriceGuardrails.Of(6_000, 30, false) };

        var sale = Sale.Schedule(SaleKind.LimitedTimePrice, guarded, Terms(7_000), AdminId, Now);

        Assert.Equal(7_000, sale.PriceFen);
    }

    [Fact]
    public void FailsWhenTheOfferIsFree()
    {
        var error = Assert.Throws<DomainException>(
            () => Sale.Schedule(SaleKind.LimitedTimePrice, Course with { ListFen = 0 }, Terms(0), AdminId, Now));

        Assert.Equal(SaleErrors.OfferNotSellableCode, error.Code);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 1)]
    [InlineData(-3, -1)]
    [InlineData(0, 400 * 24)]
    public void FailsWhenTheWindowIsNotAFutureSpanOfAtMostAYear(int startHours, int endHours)
    {
        var terms = Terms(7_900) with { StartsAt = Now.AddHours(startHours), EndsAt = Now.AddHours(endHours) };

        var error = Assert.Throws<DomainException>(() => Sale.Schedule(SaleKind.LimitedTimePrice, Course, terms, AdminId, Now));

        Assert.Equal(SaleErrors.InvalidWindowCode, error.Code);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(100, null)]
    [InlineData(0, 1)]
    [InlineData(100, 0)]
    public void FailsWhenAFlashSaleLacksAStockOrALimit(int? stock, int? perUserLimit)
    {
        var error = Assert.Throws<DomainException>(
            () => Sale.Schedule(SaleKind.FlashSale, Course, Terms(5_000) with { Stock = stock, PerUserLimit = perUserLimit }, AdminId, Now));

        Assert.Equal(SaleErrors.InvalidStockCode, error.Code);
    }

    [Fact]
    public void FailsWhenALimitedTimePriceHasAStock()
    {
        var error = Assert.Throws<DomainException>(
            () => Sale.Schedule(SaleKind.LimitedTimePrice, Course, Terms(5_000) with { Stock = 10, PerUserLimit = 1 }, AdminId, Now));

        Assert.Equal(SaleErrors.InvalidStockCode, error.Code);
    }

    [Fact]
    public void RunsFromItsStartUntilItsEnd()
    {
        var sale = Sale.Schedule(SaleKind.LimitedTimePrice, Course, Terms(7_900) with { StartsAt = Now.AddHours(1) }, AdminId, Now);

        Assert.False(sale.IsRunning(Now));
        Assert.True(sale.IsRunning(Now.AddHours(1)));
        Assert.False(sale.IsRunning(sale.EndsAt));
    }

    [Fact]
    public void ChangingAScheduledSaleRaisesTheOldAndNewPrice()
    {
        var sale = Sale.Schedule(SaleKind.LimitedTimePrice, Course, Terms(7_900) with { StartsAt = Now.AddHours(1) }, AdminId, Now);
        sale.ClearDomainEvents();

        sale.Change(Course, Terms(6_900) with { StartsAt = Now.AddHours(2) }, AdminId, Now);

        var changed = Assert.IsType<SaleChangedEvent>(Assert.Single(sale.DomainEvents()));
        Assert.Equal((7_900L, 6_900L), (changed.OldPriceFen, changed.NewPriceFen));
        Assert.Equal(Now.AddHours(2), sale.StartsAt);
        Assert.Equal(1, sale.Version);
    }

    [Fact]
    public void ARunningSaleKeepsItsStart()
    {
        var sale = Sale.Schedule(SaleKind.LimitedTimePrice, Course, Terms(7_900), AdminId, Now);

        var error = Assert.Throws<DomainException>(() => sale.Change(Course, Terms(6_900) with { StartsAt = Now.AddHours(1) }, AdminId, Now));

        Assert.Equal(SaleErrors.InvalidWindowCode, error.Code);
        Assert.Equal(7_900, sale.PriceFen);
    }

    [Fact]
    public void EndingEarlyStopsTheSaleAndCannotBeRepeated()
    {
        var sale = Sale.Schedule(SaleKind.FlashSale, Course, Terms(5_000) with { Stock = 10, PerUserLimit = 1 }, AdminId, Now);

        sale.EndEarly(AdminId, Now.AddMinutes(5));

        Assert.False(sale.IsRunning(Now.AddMinutes(6)));
        Assert.IsType<SaleEndedEarlyEvent>(sale.DomainEvents()[^1]);
        var again = Assert.Throws<DomainException>(() => sale.EndEarly(AdminId, Now.AddMinutes(6)));
        Assert.Equal(SaleErrors.AlreadyEndedCode, again.Code);
        var change = Assert.Throws<DomainException>(() => sale.Change(Course, Terms(4_000), AdminId, Now.AddMinutes(6)));
        Assert.Equal(SaleErrors.AlreadyEndedCode, change.Code);
    }

    private static SaleTerms Terms(long priceFen) => new("限时优惠", priceFen, Now.AddHours(-1), Now.AddDays(7));
}
