using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Application.FunctionalTests.Sales;

/// <summary>The claims only a concurrent database can test: no oversell, no buyer past the limit.</summary>
public sealed class FlashSaleConcurrencyTests : IAsyncLifetime
{
    private const string Placed = "OK";
    private const string Conflict = "CONFLICT";

    // The buyers queue for a few connections, as a product's pool makes them; the row lock serialises them anyway.
    private readonly SalesApp _app = new(onPostgreSql: true, maxPoolSize: 20);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TwoHundredConcurrentBuyersTakeExactlyTheStock()
    {
        var sale = await _app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 50, perUserLimit: 1);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => OutcomeAsync(
            () => _app.PlaceAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), sale.Id))));

        Assert.Equal(50, outcomes.Count(o => o == Placed));
        Assert.Equal(150, outcomes.Count(o => o == SaleErrors.SoldOutCode));
        Assert.Equal(50, (await _app.SaleAsync(sale.Id)).Sold);
        Assert.Equal(50, await _app.ReservationsAsync(sale.Id));
    }

    [Fact]
    public async Task OneBuyersConcurrentOrdersNeverPassTheLimit()
    {
        var sale = await _app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 100, perUserLimit: 2);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => OutcomeAsync(
            () => _app.PlaceAsync(_app.Buyer.Id, Guid.CreateVersion7(), sale.Id))));
        while (await _app.ReservationsAsync(sale.Id, _app.Buyer.Id) < 2)
        {
            await _app.PlaceAsync(_app.Buyer.Id, Guid.CreateVersion7(), sale.Id);
        }

        Assert.InRange(outcomes.Count(o => o == Placed), 1, 2);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { Placed, SaleErrors.LimitReachedCode, Conflict }));
        var last = await Assert.ThrowsAsync<DomainException>(() => _app.PlaceAsync(_app.Buyer.Id, Guid.CreateVersion7(), sale.Id));
        Assert.Equal(SaleErrors.LimitReachedCode, last.Code);
        Assert.Equal(2, (await _app.SaleAsync(sale.Id)).Sold);
    }

    private static async Task<string> OutcomeAsync(Func<Task> place)
    {
        try
        {
            await place();
            return Placed;
        }
        catch (DomainException exception)
        {
            return exception.Code;
        }
        catch (ConflictException)
        {
            return Conflict;
        }
    }
}
