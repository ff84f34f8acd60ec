using KnowledgePay.Application.Sales.Commands.EndSale;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Application.FunctionalTests.Sales;

/// <summary>Placed orders hold a flash sale's units and the buyer's slots; closed unpaid orders give them back.</summary>
public abstract class FlashSaleStockTests(SalesApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AnOrderHoldsAUnitAndTheLastUnitSellsOut()
    {
        var sale = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 1, perUserLimit: 1);
        await app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), sale.Id);

        var error = await Assert.ThrowsAsync<DomainException>(() => app.PlaceAsync(app.OtherBuyer.Id, Guid.CreateVersion7(), sale.Id));

        Assert.Equal(SaleErrors.SoldOutCode, error.Code);
        Assert.Equal(1, (await app.SaleAsync(sale.Id)).Sold);
        Assert.Equal(1, await app.ReservationsAsync(sale.Id));
    }

    [Fact]
    public async Task ABuyerAtTheLimitIsRefused()
    {
        var sale = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 10, perUserLimit: 2);
        await app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), sale.Id);
        await app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), sale.Id);

        var error = await Assert.ThrowsAsync<DomainException>(() => app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), sale.Id));

        Assert.Equal(SaleErrors.LimitReachedCode, error.Code);
        Assert.Equal(2, (await app.SaleAsync(sale.Id)).Sold);
    }

    [Fact]
    public async Task AnOrderClosedUnpaidReturnsTheUnitAndTheBuyersSlotOnce()
    {
        var sale = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 1, perUserLimit: 1);
        var orderId = Guid.CreateVersion7();
        await app.PlaceAsync(app.Buyer.Id, orderId, sale.Id);

        await app.CloseAsync(app.Buyer.Id, orderId, sale.Id);
        await app.CloseAsync(app.Buyer.Id, orderId, sale.Id);

        Assert.Equal(0, (await app.SaleAsync(sale.Id)).Sold);
        Assert.Equal(0, await app.ReservationsAsync(sale.Id));
        await app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), sale.Id);
        Assert.Equal(1, (await app.SaleAsync(sale.Id)).Sold);
    }

    [Fact]
    public async Task AnOrderAtASaleThatEndedIsRefused()
    {
        var flash = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 10, perUserLimit: 1);
        var limited = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 2900);
        await app.SendAsync<SaleDto>(new EndSaleCommand(flash.Id));
        app.Clock.Advance(TimeSpan.FromDays(2));

        var flashError = await Assert.ThrowsAsync<DomainException>(() => app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), flash.Id));
        var limitedError = await Assert.ThrowsAsync<DomainException>(() => app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), limited.Id));

        Assert.Equal((SaleErrors.AlreadyEndedCode, SaleErrors.AlreadyEndedCode), (flashError.Code, limitedError.Code));
        Assert.Equal(0, (await app.SaleAsync(flash.Id)).Sold);
    }

    [Fact]
    public async Task ARefusedLineRollsBackTheUnitsTheOrderTookBeforeIt()
    {
        var first = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 10, perUserLimit: 1);
        var second = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 1, perUserLimit: 1);
        await app.PlaceAsync(app.OtherBuyer.Id, Guid.CreateVersion7(), second.Id);

        var error = await Assert.ThrowsAsync<DomainException>(() => app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), first.Id, second.Id));

        Assert.Equal(SaleErrors.SoldOutCode, error.Code);
        Assert.Equal(0, (await app.SaleAsync(first.Id)).Sold);
        Assert.Equal(0, await app.ReservationsAsync(first.Id));
    }
}

public sealed class FlashSaleStockTestsOnSqlite() : FlashSaleStockTests(new SalesApp(onPostgreSql: false));

public sealed class FlashSaleStockTestsOnPostgreSql() : FlashSaleStockTests(new SalesApp(onPostgreSql: true));
