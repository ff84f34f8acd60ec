using KnowledgePay.Application;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Sales;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace KnowledgePay.FlashSale;

/// <summary>
/// The product's own Application and Infrastructure container on a fresh PostgreSQL database it migrates itself.
/// Placing an order is the product's save of a pending order whose line is priced at the flash sale: the order row and
/// the <see cref="OrderPlacedEvent"/> that the sales feature reserves a unit on, in one transaction.
/// </summary>
internal sealed class Shop : IAsyncDisposable
{
    /// <summary>
    /// The buyers queue for these, as behind a product's pool (the server's slots are shared with other work), for as long
    /// as a sell-out takes on a busy machine.
    /// </summary>
    private const int PoolSize = 40;
    private const int PoolWaitSeconds = 120;

    private static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(30);

    private readonly string _server;
    private readonly string _name;
    private readonly ServiceProvider _services;

    private Shop(string server, string name, ServiceProvider services)
    {
        _server = server;
        _name = name;
        _services = services;
    }

    public static async Task<Shop> OpenAsync(string server)
    {
        var name = $"knowledgepay_flashbench_{Environment.ProcessId}";
        await OnServerAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:PostgreSql"] = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = PoolSize, Timeout = PoolWaitSeconds }.ConnectionString,
            ["Database:SeedDemoData"] = "false",
        });
        builder.Services.AddLogging();
        builder.AddApplicationServices();
        builder.AddInfrastructureServices();
        builder.Services.AddSingleton<ICurrentUser, NoUser>();
        var services = builder.Services.BuildServiceProvider();
        await services.InitialiseDatabaseAsync();
        return new Shop(server, name, services);
    }

    /// <summary>A published course at 99.00 CNY on a flash sale at 9.90 running now.</summary>
    public async Task<(Course Course, Sale Sale)> FlashSaleAsync(int stock, int perUserLimit)
    {
        var now = TimeProvider.System.GetUtcNow();
        var creator = Creator.Join("Benchmark creator", null, null, null, now);
        var category = Category.Create($"Benchmark {Guid.NewGuid():N}", $"bench-{Guid.NewGuid():N}", 0);
        var course = Course.Draft(creator.Id, category.Id, "Flash sale course", "Sold by the flash-sale benchmark.", Money.Fen(9900), now);
        course.AddLesson(course.AddChapter("Chapter 1").Id, new LessonContent("Lesson 1", LessonKind.Article, 60, false, "Paid body."));
        course.Publish(now);
        var sale = Sale.Schedule(
            SaleKind.FlashSale,
            new SaleTarget(OfferRef.ForCourse(course.Id), 9900, PriceGuardrails.None),
            new SaleTerms("秒杀", 990, now.AddMinutes(-1), now.AddHours(1), stock, perUserLimit),
            null,
            now);
        await WithDbAsync(db =>
        {
            db.AddRange(creator, category, course, sale);
            return db.SaveChangesAsync();
        });
        return (course, sale);
    }

    public async Task PlaceAsync(Guid buyerId, Course course, Sale sale)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sold = new SalePrice(sale.Id, sale.PriceFen, IsFlashSale: true, sale.Title, sale.EndsAt);
        var quote = PricingEngine.Price(
            [new PricingLine(OfferRef.ForCourse(course.Id), course.Title, course.Price.AmountFen, PriceGuardrails.None, [course.Id], [course.CategoryId], Sale: sold)],
            null);
        db.Orders.Add(Order.Place(buyerId, quote, $"flash-{Guid.NewGuid():N}", PaymentChannel.WeChatPayJsapi, TimeProvider.System.GetUtcNow(), PaymentWindow));

        // The order raises OrderPlacedEvent; the sale's reaction takes a unit in the save's transaction, or refuses the order.
        await db.SaveChangesAsync();
    }

    /// <summary>The sale's counter, its reservations, the course's orders and the most units one buyer holds.</summary>
    public Task<(int Sold, int Reservations, int Orders, int MostByOneBuyer)> CountAsync(Course course, Sale sale) =>
        WithDbAsync(async db => (
            await db.Sales.Where(s => s.Id == sale.Id).Select(s => s.Sold).SingleAsync(),
            await db.SaleReservations.CountAsync(r => r.SaleId == sale.Id),
            await db.OrderLines.CountAsync(l => l.OfferId == course.Id),
            await db.SaleReservations.Where(r => r.SaleId == sale.Id).GroupBy(r => r.UserId).Select(g => g.Count()).DefaultIfEmpty().MaxAsync()));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static async Task OnServerAsync(string server, params string[] statements)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString;
        await using var source = NpgsqlDataSource.Create(maintenance);
        foreach (var statement in statements)
        {
            await using var command = source.CreateCommand(statement);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>System work: no signed-in user.</summary>
    private sealed class NoUser : ICurrentUser
    {
        public Guid? Id => null;

        public bool IsInRole(Role role) => false;
    }
}
