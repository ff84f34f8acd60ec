using KnowledgePay.Domain.Sales;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Sales;

/// <summary>A flash sale bought through createOrder by many buyers at once: never oversold, and a closed order's unit is sold again.</summary>
public abstract class FlashSaleOrderTests(KnowledgePayApp app) : CartTest(app)
{
    private const int Stock = 50;
    private const int Buyers = 200;
    private const long SalePriceFen = 4900;

    [Fact]
    public async Task TwoHundredConcurrentBuyersOrderExactlyTheStockAndACancelledOrderGivesItsUnitToTheNext()
    {
        var course = (await AddCoursesPricedAsync(9900))[0];
        var saleId = GlobalId.Decode(await ScheduleSaleAsync(await AdminAsync(), CourseId(course), "FLASH_SALE", SalePriceFen, Stock, perUserLimit: 1)).Id;
        var buyers = new List<Session>();
        foreach (var batch in Enumerable.Range(0, Buyers).Chunk(25))
        {
            // The login throttle counts per minute from one address; two hundred buyers come from two hundred phones.
            App.Services.GetRequiredService<ResettableLoginThrottle>().Reset();
            buyers.AddRange(await Task.WhenAll(batch.Select(i => SignInAsync($"o_flash_{i}"))));
        }

        var results = await Task.WhenAll(buyers.Select(b => CreateOrderAsync(b, [CourseLine(course)], SalePriceFen)));

        var placed = results.Where(r => r.PayloadErrors().Count == 0).ToList();
        Assert.Equal(Stock, placed.Count);
        Assert.All(placed, r => Assert.Equal(SalePriceFen, Fen(r.GetProperty("order"), "amount")));
        Assert.All(results.Where(r => r.PayloadErrors().Count > 0), r => Assert.Contains(
            Assert.Single(r.PayloadErrors()), new (string?, string?)[] { ("SaleSoldOutError", SaleErrors.SoldOutCode), ("PriceChangedError", "PRICE_CHANGED") }));
        Assert.Equal(Stock, (await SaleAsync(saleId)).Sold);
        Assert.Equal(Stock, await App.ReadAsync(db => db.SaleReservations.CountAsync(r => r.SaleId == saleId)));
        Assert.Equal(Stock, await App.ReadAsync(db => db.Orders.CountAsync()));

        var winner = buyers[Array.FindIndex(results, r => r.PayloadErrors().Count == 0)];
        var latecomer = buyers[Array.FindIndex(results, r => r.PayloadErrors().Count > 0)];
        var cancelled = (await winner.Client.QueryAsync(
            $"mutation($input: CancelOrderInput!) {{ cancelOrder(input: $input) {{ order {{ status }} {Failure} }} }}",
            new { input = new { orderId = Id(placed[0].GetProperty("order")) } })).GetProperty("cancelOrder");
        var stockLeft = (await latecomer.Client.QueryAsync(
            "query($id: ID!) { course(id: $id) { activeSale { stockLeft } } }", new { id = CourseId(course) }))
            .GetProperty("course").GetProperty("activeSale").GetProperty("stockLeft").GetInt32();
        var second = await CreateOrderAsync(latecomer, [CourseLine(course)], SalePriceFen);

        Assert.Empty(cancelled.PayloadErrors());
        Assert.Equal(1, stockLeft);
        Assert.Empty(second.PayloadErrors());
        Assert.Equal(Stock, (await SaleAsync(saleId)).Sold);
    }

    private Task<Sale> SaleAsync(Guid saleId) => App.ReadAsync(db => db.Sales.AsNoTracking().SingleAsync(s => s.Id == saleId));
}

[Collection(SqliteCollection.Name)]
public sealed class FlashSaleOrderTestsOnSqlite(SqliteApp app) : FlashSaleOrderTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class FlashSaleOrderTestsOnPostgreSql(PostgreSqlApp app) : FlashSaleOrderTests(app);
