using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Infrastructure.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KnowledgePay.Payments;

/// <summary>
/// A fresh PostgreSQL database for one run, migrated by the product itself. The benchmark writes the catalogue and the
/// pending orders straight through the Infrastructure DbContext and afterwards counts what fulfilment wrote.
/// </summary>
internal sealed class PaymentDatabase : IAsyncDisposable
{
    private const long PriceFen = 4900;
    private const int InsertBatch = 1000;
    private static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(30);

    private readonly string _server;
    private readonly string _name;
    private readonly DbContextOptions<PostgreSqlAppDbContext> _options;

    private PaymentDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        _options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(ConnectionString).Options;
    }

    public string ConnectionString { get; }

    public static async Task<PaymentDatabase> CreateAsync(string server)
    {
        var database = new PaymentDatabase(server, $"knowledgepay_paybench_{Environment.ProcessId}");
        await database.OnServerAsync(
            $"DROP DATABASE IF EXISTS {database._name} WITH (FORCE)", $"CREATE DATABASE {database._name}");
        return database;
    }

    public async Task<Guid> UserIdAsync(string openId)
    {
        await using var db = new PostgreSqlAppDbContext(_options);
        return await db.Users.Where(u => u.OpenId == openId).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Published courses at 49.00 CNY, one chapter and lesson each, by one creator in one category.</summary>
    public async Task<IReadOnlyList<Course>> AddCoursesAsync(int count)
    {
        var now = TimeProvider.System.GetUtcNow();
        var creator = Creator.Join("Benchmark creator", null, null, null, now);
        var category = Category.Create("Benchmark", "benchmark", 0);
        var courses = Enumerable.Range(0, count).Select(i => PublishedCourse(creator, category, i, now)).ToList();
        await using var db = new PostgreSqlAppDbContext(_options);
        db.AddRange(creator, category);
        db.AddRange(courses);
        await db.SaveChangesAsync();
        return courses;
    }

    /// <summary>Pending orders placed as <c>createOrder</c> would, one per (buyer, course) pair.</summary>
    public async Task<IReadOnlyList<PendingOrder>> PlaceOrdersAsync(IEnumerable<(Learner Buyer, Course Course)> purchases)
    {
        var now = TimeProvider.System.GetUtcNow();
        var placed = new List<PendingOrder>();
        foreach (var batch in purchases.Chunk(InsertBatch))
        {
            var orders = batch.Select(p => (p.Buyer, Order: Order.Place(
                p.Buyer.UserId, ListPriceQuote(p.Course), $"paybench-{Guid.NewGuid():N}", PaymentChannel.WeChatPayJsapi, now, PaymentWindow)))
                .ToList();
            await using var db = new PostgreSqlAppDbContext(_options);
            db.Orders.AddRange(orders.Select(o => o.Order));
            await db.SaveChangesAsync();
            placed.AddRange(orders.Select(o => new PendingOrder(o.Order.Id, o.Order.OutTradeNo, o.Order.Total.AmountFen, o.Buyer)));
        }

        return placed;
    }

    private static PriceQuote ListPriceQuote(Course course) => PricingEngine.Price(
        [new PricingLine(OfferRef.ForCourse(course.Id), course.Title, course.Price.AmountFen, PriceGuardrails.None, [course.Id], [course.CategoryId])],
        null);

    /// <summary>What the database says about these orders after their notifications.</summary>
    public async Task<Fulfilment> FulfilmentOfAsync(IReadOnlyList<PendingOrder> orders)
    {
        var ids = orders.Select(o => o.Id).ToList();
        await using var db = new PostgreSqlAppDbContext(_options);
        var paid = await db.Orders.CountAsync(o => ids.Contains(o.Id) && o.Status == OrderStatus.Paid);
        var flagged = await db.Orders.CountAsync(o => ids.Contains(o.Id) && o.NeedsReview);
        var enrollments = await db.Enrollments.CountAsync(e => e.OrderId != null && ids.Contains(e.OrderId.Value));
        var ledgerEntries = await db.PaymentLedger.CountAsync(l => ids.Contains(l.OrderId));
        var ledgerFen = await db.PaymentLedger.Where(l => ids.Contains(l.OrderId)).SumAsync(l => l.AmountFen);
        return new Fulfilment(paid, enrollments, ledgerEntries, ledgerFen, flagged);
    }

    /// <summary>How many rows the side tables of a payment hold now.</summary>
    public async Task<SideRows> SideRowsAsync()
    {
        await using var source = NpgsqlDataSource.Create(ConnectionString);
        await using var command = source.CreateCommand("""
            SELECT (SELECT count(*) FROM "JournalPostings"), (SELECT count(*) FROM "AuditEntries"), (SELECT count(*) FROM "OutboxMessages"),
                   (SELECT count(*) FROM "SubscriptionMessages"), (SELECT count(*) FROM "BehaviourEvents")
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new SideRows(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static Course PublishedCourse(Creator creator, Category category, int number, DateTimeOffset now)
    {
        var course = Course.Draft(creator.Id, category.Id, $"Benchmark course {number}", "Bought by the payment benchmark.", Money.Fen(PriceFen), now);
        var chapter = course.AddChapter("Chapter 1");
        course.AddLesson(chapter.Id, new LessonContent("Lesson 1", LessonKind.Article, 60, IsFreePreview: false, "Paid body."));
        course.Publish(now);
        return course;
    }

    private async Task OnServerAsync(params string[] statements)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString;
        await using var server = NpgsqlDataSource.Create(maintenance);
        foreach (var statement in statements)
        {
            await using var command = server.CreateCommand(statement);
            await command.ExecuteNonQueryAsync();
        }
    }
}
