using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Orders.Commands.CreateOrder;
using KnowledgePay.Application.Orders.Commands.SettlePayment;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Orders.Queries.GetLedgerSummary;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Orders;
using KnowledgePay.GraphQL;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace KnowledgePay.Application.FunctionalTests.Orders;

/// <summary>
/// The real application container on a fresh database (a SQLite file, or a PostgreSQL database of its own from
/// <c>KNOWLEDGEPAY_TEST_POSTGRES</c>) with a scripted payment provider, a settable course progress and clock, two
/// buyers, an admin and three courses: published at 49.00, draft, and free. <paramref name="maxPoolSize"/> bounds the
/// PostgreSQL connections a test of many concurrent callers takes from the server other test runs share.
/// </summary>
public class OrdersApp(bool onPostgreSql, int maxPoolSize = 100) : IAsyncLifetime
{
    public const long PriceFen = 4900;
    private const string LocalPostgreSql = "Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay";

    private readonly string _databaseName = $"kp_orders_{Guid.NewGuid():N}";
    private readonly TestUser _user = new();
    private ServiceProvider _services = null!;

    public OrdersApp()
        : this(onPostgreSql: false)
    {
    }

    internal FakePaymentGateway Gateway { get; } = new();

    /// <summary>A second provider (Virtual Payment), for choosing another method at checkout.</summary>
    internal FakePaymentGateway VirtualGateway { get; } = new(PaymentChannel.WeChatVirtualPayment);

    /// <summary>The platform the buyer's mini program reports; iOS may pay with Virtual Payment only.</summary>
    internal TestClientPlatform Platform { get; } = new();

    internal FakeCourseProgress Progress { get; } = new();

    internal TestClock Clock { get; } = new();

    public User Buyer { get; private set; } = null!;

    public User OtherBuyer { get; private set; } = null!;

    public User Admin { get; private set; } = null!;

    public Course Course { get; private set; } = null!;

    public Course DraftCourse { get; private set; } = null!;

    public Course FreeCourse { get; private set; } = null!;

    /// <summary>The container of the running app (replaced by <see cref="RestartAsync"/>).</summary>
    public IServiceProvider Services => _services;

    public async Task InitializeAsync()
    {
        _services = BuildServices();
        await _services.InitialiseDatabaseAsync();
        await SeedAsync();
    }

    /// <summary>A crash and a fresh start on the same database: the container goes away with whatever it held in memory.</summary>
    public async Task RestartAsync()
    {
        await _services.DisposeAsync();
        _services = BuildServices();
    }

    public async Task DisposeAsync()
    {
        await WithDbAsync(db => db.Database.EnsureDeletedAsync());
        await _services.DisposeAsync();
    }

    public void SignInAsBuyer() => _user.SignIn(Buyer.Id);

    public void SignInAsOtherBuyer() => _user.SignIn(OtherBuyer.Id);

    public void SignInAsAdmin() => _user.SignIn(Admin.Id, Role.Admin);

    public void SignIn(Guid userId, params Role[] roles) => _user.SignIn(userId, roles);

    /// <summary>Sends a message as one request would: in its own scope.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IMessage message)
    {
        await using var scope = _services.CreateAsyncScope();
        return (TResponse)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Publishes <paramref name="domainEvent"/> to its in-transaction handlers and saves what they changed, as the save carrying it would.</summary>
    public async Task RaiseAsync(IDomainEvent domainEvent)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().PublishDomainEventAsync(domainEvent, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    public Task<OrderDto> CreateOrderAsync(Guid? courseId = null, string? clientKey = null) =>
        SendAsync<OrderDto>(new CreateOrderCommand([LineRequest.ForCourse(courseId ?? Course.Id)], clientKey ?? Guid.NewGuid().ToString("N")));

    /// <summary>The buyer pays at the provider and the notification arrives.</summary>
    public Task<SettlementResult> PayAsync(OrderDto order, long? totalFen = null, string? payerOpenId = null) =>
        SendAsync<SettlementResult>(
            new SettlePaymentCommand(Gateway.Pay(order.OutTradeNo, payerOpenId ?? Buyer.OpenId, totalFen ?? order.AmountFen)));

    public Task<OrderDto> OrderAsync(Guid orderId) =>
        WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => new OrderDto
        {
            Id = o.Id,
            Status = o.Status,
            OutTradeNo = o.OutTradeNo,
            AmountFen = o.Total.AmountFen,
            PaidFen = o.PaidFen,
            RefundedFen = o.RefundedFen,
            NeedsReview = o.NeedsReview,
            ReviewReason = o.ReviewReason,
            CloseReason = o.CloseReason,
            Channel = o.Channel,
        }).SingleAsync());

    public Task<int> ActiveEnrollmentsAsync(Guid? userId = null) =>
        WithDbAsync(db => db.Enrollments.ActiveFor(userId ?? Buyer.Id, Clock.GetUtcNow()).CountAsync());

    public Task<int> LedgerEntriesAsync() => WithDbAsync(db => db.PaymentLedger.CountAsync());

    /// <summary>The ledger check as an admin sees it; signs the admin in.</summary>
    public Task<LedgerSummaryDto> LedgerAsync()
    {
        SignInAsAdmin();
        return SendAsync<LedgerSummaryDto>(new GetLedgerSummaryQuery());
    }

    /// <summary>Where a derived app adds or replaces services.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    private ServiceProvider BuildServices()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(DatabaseSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PaymentMethods:Platforms:Ios:Methods:0"] = nameof(PaymentChannel.WeChatVirtualPayment),
        });
        builder.Services.AddLogging();
        builder.AddApplicationServices();
        builder.AddInfrastructureServices();
        builder.AddGraphQLServices();
        builder.Services.AddSingleton<ICurrentUser>(_user);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<ICourseProgress>(Progress);
        builder.Services.RemoveAll<IPaymentGateway>();
        builder.Services.AddSingleton<IPaymentGateway>(Gateway);
        builder.Services.AddSingleton<IPaymentGateway>(VirtualGateway);
        builder.Services.AddSingleton<IClientPlatform>(Platform);
        ConfigureServices(builder.Services);
        return builder.Services.BuildServiceProvider();
    }

    private Dictionary<string, string?> DatabaseSettings()
    {
        if (!onPostgreSql)
        {
            var path = Path.Combine(Path.GetTempPath(), $"{_databaseName}.db");
            return new()
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Sqlite"] = $"Data Source={path};Pooling=false",
                ["Database:SeedDemoData"] = "false",
            };
        }

        var server = Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_POSTGRES") ?? LocalPostgreSql;
        return new()
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:PostgreSql"] = new NpgsqlConnectionStringBuilder(server) { Database = _databaseName, MaxPoolSize = maxPoolSize }.ConnectionString,
            ["Database:SeedDemoData"] = "false",
        };
    }

    private async Task SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        Buyer = AUser("o_buyer", now);
        OtherBuyer = AUser("o_other_buyer", now);
        Admin = AUser("o_admin", now);
        var creatorUser = AUser("o_creator", now);
        var category = Category.Create("Tech", "tech", 0);
        var creator = Creator.Join("Li Wen", null, null, null, now, creatorUser.Id);
        Course = Published(creator, category, "Deep Learning", Money.Fen(PriceFen), now);
        FreeCourse = Published(creator, category, "Free Taster", Money.Zero, now);
        DraftCourse = Course.Draft(creator.Id, category.Id, "Unfinished", "Later.", Money.Fen(990), now);
        await WithDbAsync(async db =>
        {
            db.AddRange(Buyer, OtherBuyer, Admin, creatorUser, category, creator, Course, FreeCourse, DraftCourse);
            return await db.SaveChangesAsync();
        });
    }

    private static Course Published(Creator creator, Category category, string title, Money price, DateTimeOffset now)
    {
        var course = Course.Draft(creator.Id, category.Id, title, "A course.", price, now);
        var chapter = course.AddChapter("Start");
        course.AddLesson(chapter.Id, new LessonContent("Welcome", LessonKind.Article, 60, false, "Paid body."));
        course.Publish(now);
        return course;
    }

    private static User AUser(string openId, DateTimeOffset now) =>
        User.SignUp(openId, null, EncryptedSessionKey.Of("not-a-real-ciphertext", now), now);
}
