using KnowledgePay.Application;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Wallets;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KnowledgePay.WalletPayments;

/// <summary>One balance payment to make: the buyer, their session, and the pending order.</summary>
internal sealed record PendingPayment(Guid BuyerId, Guid SessionId, string OpenId, Guid OrderId, string OutTradeNo, long AmountFen, Guid CourseId, DateTimeOffset ExpiresAt);

/// <summary>
/// The product's own Application and Infrastructure container on a fresh PostgreSQL database it migrates itself. A
/// payment is the balance gateway's <c>StartPaymentAsync</c>, as <c>checkout(method: BALANCE)</c> calls it: the recent
/// login check, then the settlement that marks the order paid with its ledger entries, and the reactions to
/// <see cref="OrderPaidEvent"/> (the wallet's locked debit, the enrollment) and the audit rows, in one transaction.
/// </summary>
internal sealed class Store : IAsyncDisposable
{
    /// <summary>Both harnesses use this pool size (the server's slots are shared with other work).</summary>
    private const int PoolSize = 20;
    private const int PoolWaitSeconds = 120;

    private static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(30);

    private readonly string _server;
    private readonly string _name;
    private readonly ServiceProvider _services;

    private Store(string server, string name, ServiceProvider services)
    {
        _server = server;
        _name = name;
        _services = services;
    }

    public string ConnectionString { get; private init; } = string.Empty;

    public static async Task<Store> OpenAsync(string server, bool logSql)
    {
        var name = $"knowledgepay_walletbench_{Environment.ProcessId}";
        await OnServerAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = PoolSize, Timeout = PoolWaitSeconds }.ConnectionString;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:PostgreSql"] = connectionString,
            ["Database:SeedDemoData"] = "false",
        });
        builder.Services.AddLogging(logging =>
        {
            if (logSql)
            {
                logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information).SetMinimumLevel(LogLevel.Warning);
            }
        });
        builder.AddApplicationServices();
        builder.AddInfrastructureServices();
        builder.Services.AddScoped<Caller>();
        builder.Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<Caller>());
        var services = builder.Services.BuildServiceProvider();
        await services.InitialiseDatabaseAsync();
        return new Store(server, name, services) { ConnectionString = connectionString };
    }

    /// <summary>
    /// <paramref name="buyers"/> buyers, each logged in now and with a balance that pays <paramref name="affordable"/> of
    /// their pending orders for <paramref name="ordersPerBuyer"/> courses at <paramref name="priceFen"/>.
    /// </summary>
    public async Task<IReadOnlyList<PendingPayment>> PrepareAsync(int buyers, int ordersPerBuyer, int affordable, long priceFen)
    {
        var now = TimeProvider.System.GetUtcNow();
        var creator = Creator.Join("Benchmark creator", null, null, null, now);
        var category = Category.Create($"Benchmark {Guid.NewGuid():N}", $"bench-{Guid.NewGuid():N}", 0);
        var courses = Enumerable.Range(0, ordersPerBuyer).Select(i =>
        {
            var course = Course.Draft(creator.Id, category.Id, $"Wallet course {i}", "Sold by the wallet benchmark.", Money.Fen(priceFen), now);
            course.AddLesson(course.AddChapter("Chapter 1").Id, new LessonContent("Lesson 1", LessonKind.Article, 60, false, "Paid body."));
            course.Publish(now);
            return course;
        }).ToList();
        var payments = new List<PendingPayment>();
        var rows = new List<object> { creator, category };
        rows.AddRange(courses);
        for (var b = 0; b < buyers; b++)
        {
            var buyer = User.SignUp($"o_wallet_{Guid.NewGuid():N}", null, EncryptedSessionKey.Of("benchmark", now), now);
            var session = RefreshToken.Issue(buyer.Id, Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), now);
            var wallet = Wallet.Open(buyer.Id, now);
            var funding = wallet.Adjust(affordable * priceFen, "Benchmark funding", $"fund-{Guid.NewGuid():N}", now);
            rows.AddRange([buyer, session, wallet, funding]);
            foreach (var course in courses)
            {
                var quote = PricingEngine.Price(
                    [new PricingLine(OfferRef.ForCourse(course.Id), course.Title, priceFen, PriceGuardrails.None, [course.Id], [course.CategoryId])], null);
                var order = Order.Place(buyer.Id, quote, $"wallet-{Guid.NewGuid():N}", PaymentChannel.Balance, now, PaymentWindow);
                rows.Add(order);
                payments.Add(new PendingPayment(buyer.Id, session.FamilyId, buyer.OpenId, order.Id, order.OutTradeNo, priceFen, course.Id, order.ExpiresAt));
            }
        }

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return payments;
    }

    /// <summary>Pays from the balance as checkout does; false when the balance was too small (nothing changed).</summary>
    public async Task<bool> PayAsync(PendingPayment payment)
    {
        await using var scope = _services.CreateAsyncScope();
        var caller = scope.ServiceProvider.GetRequiredService<Caller>();
        (caller.Id, caller.SessionId) = (payment.BuyerId, payment.SessionId);
        var gateway = scope.ServiceProvider.GetServices<IPaymentGateway>().Single(g => g.Channel == PaymentChannel.Balance);
        try
        {
            var result = await gateway.StartPaymentAsync(
                new PaymentRequest(payment.OrderId, payment.BuyerId, payment.OutTradeNo, "Wallet course", payment.AmountFen, payment.OpenId, payment.ExpiresAt),
                CancellationToken.None);
            return result.Value is BalancePaymentParameters ? true : throw new InvalidOperationException(result.Failure?.Message);
        }
        catch (DomainException refused) when (refused.Code == WalletErrors.InsufficientBalanceCode)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
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

    /// <summary>The buyer of the payment being made, signed in on a fresh session.</summary>
    private sealed class Caller : ICurrentUser
    {
        public Guid? Id { get; set; }

        public Guid? SessionId { get; set; }

        public bool IsInRole(Role role) => false;
    }
}
