using KnowledgePay.Application.Pricing;
using KnowledgePay.Application.Sales.Commands.EndSale;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Sales;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.FunctionalTests.Sales;

/// <summary>What the pricing engine gets from the sales feature, before, during and after a sale's window.</summary>
public abstract class SalePriceSourceTests(SalesApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task NothingRunsBeforeTheStartAndTheSaleRunsFromItWithItsEnd()
    {
        var sale = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900, startsIn: TimeSpan.FromHours(1), lasts: TimeSpan.FromHours(2));

        var before = await RunningAsync(app.Clock.GetUtcNow().AddMinutes(59));
        var atStart = await RunningAsync(sale.StartsAt);

        Assert.Empty(before);
        Assert.Equal(new SalePrice(sale.Id, 3900, false, "限时优惠", sale.EndsAt), atStart[OfferRef.ForCourse(app.Course.Id)]);
    }

    [Fact]
    public async Task NothingRunsFromTheEnd()
    {
        var sale = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900);

        Assert.Single(await RunningAsync(sale.EndsAt.AddTicks(-1)));
        Assert.Empty(await RunningAsync(sale.EndsAt));
    }

    [Fact]
    public async Task NothingRunsOnceEndedEarly()
    {
        var sale = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900);

        await app.SendAsync<SaleDto>(new EndSaleCommand(sale.Id));

        Assert.Empty(await RunningAsync(app.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task OverlappingSalesGiveTheLowestPrice()
    {
        await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900, lasts: TimeSpan.FromDays(7));
        var flash = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 5, perUserLimit: 1);

        var running = await RunningAsync(app.Clock.GetUtcNow());

        var price = running[OfferRef.ForCourse(app.Course.Id)];
        Assert.Equal((flash.Id, 1900L, true), (price.SaleId, price.PriceFen, price.IsFlashSale));
    }

    [Fact]
    public async Task ASoldOutFlashSaleIsLeftOutAndTheLimitedTimePriceShowsAgain()
    {
        var limited = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900, lasts: TimeSpan.FromDays(7));
        var flash = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 1, perUserLimit: 1);
        await app.PlaceAsync(app.OtherBuyer.Id, Guid.CreateVersion7(), flash.Id);

        var running = await RunningAsync(app.Clock.GetUtcNow());

        Assert.Equal(limited.Id, running[OfferRef.ForCourse(app.Course.Id)].SaleId);
    }

    [Fact]
    public async Task AFlashSaleIsLeftOutForABuyerAtTheLimitOnly()
    {
        var flash = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 10, perUserLimit: 1);
        await app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), flash.Id);

        Assert.Empty(await RunningAsync(app.Clock.GetUtcNow(), app.Buyer.Id));
        Assert.Single(await RunningAsync(app.Clock.GetUtcNow(), app.OtherBuyer.Id));
        Assert.Single(await RunningAsync(app.Clock.GetUtcNow(), null));
    }

    [Fact]
    public async Task OnlyTheAskedOffersAreAnswered()
    {
        await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900);

        var running = await RunningAsync(app.Clock.GetUtcNow(), offers: [new OfferRef(OfferKind.Bundle, app.Course.Id)]);

        Assert.Empty(running);
    }

    private async Task<IReadOnlyDictionary<OfferRef, SalePrice>> RunningAsync(
        DateTimeOffset at, Guid? userId = null, IReadOnlyCollection<OfferRef>? offers = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISalePriceSource>().RunningAsync(
            offers ?? [OfferRef.ForCourse(app.Course.Id), OfferRef.ForCourse(app.FreeCourse.Id)], userId, at, CancellationToken.None);
    }
}

public sealed class SalePriceSourceTestsOnSqlite() : SalePriceSourceTests(new SalesApp(onPostgreSql: false));

public sealed class SalePriceSourceTestsOnPostgreSql() : SalePriceSourceTests(new SalesApp(onPostgreSql: true));
