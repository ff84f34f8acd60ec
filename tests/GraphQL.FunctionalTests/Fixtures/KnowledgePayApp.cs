using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Privacy;
using KnowledgePay.Infrastructure.Outbox;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Tests.Shared;
using KnowledgePay.WeChatSimulator.Keys;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>
/// The real host on one database provider: migrated on start, no demo data, and a data reset before each test.
/// Every SQL statement passes through <see cref="SqlCommands"/>, and <see cref="SqlFault"/> can make them fail.
/// Logins go over HTTP to the WeChat simulator running as its own host (<see cref="WeChat"/>); the openid
/// <see cref="AdminOpenId"/> is the bootstrap admin. WeChat Pay runs against the same simulator; the order sweeps are
/// off, and so is the outbox dispatcher, so tests run them when they choose; <see cref="Clock"/> moves time ahead.
/// </summary>
public abstract class KnowledgePayApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminOpenId = "o_test_admin";

    /// <summary>The CDN URL authentication key the app signs media redirects with (<c>Media:Cdn:Key</c>).</summary>
    public const string CdnKey = "kpTestCdnKey2026";

    /// <summary>Where the simulator posts WeChat Pay notifications (handled by the test server whatever the host).</summary>
    public const string NotifyUrl = "http://localhost/payments/wechatpay/notify";

    /// <summary>Where the simulator pushes Virtual Payment's events (handled by the test server).</summary>
    public const string MessagePushUrl = "http://localhost/wechat/message-push";

    private HttpClient? _client;
    private WeChatSimulatorServer? _weChat;

    public SqlCommandCounter SqlCommands { get; } = new();

    public SqlCommandFault SqlFault { get; } = new();

    /// <summary>Everything the app logs, at every level, while a test records (phone numbers must never appear).</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Every span the app finished (OpenTelemetry's in-memory exporter).</summary>
    public SpanCapture Spans { get; } = new();

    /// <summary>The app's clock (its <see cref="TimeProvider"/>), which a test may move ahead.</summary>
    public TestClock Clock { get; } = new();

    public HttpClient Client => _client ?? throw new InvalidOperationException("The app has not been initialised yet.");

    public WeChatSimulatorServer WeChat => _weChat ?? throw new InvalidOperationException("The app has not been initialised yet.");

    /// <summary>How the simulated WeChat Pay signs (the product is configured to match).</summary>
    protected virtual PlatformKeyMode PayKeyMode => PlatformKeyMode.PublicKey;

    /// <summary>The database settings of the provider; they win over the defaults below.</summary>
    protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings { get; }

    public virtual async Task InitializeAsync()
    {
        // WeChat Pay notifications reach this app's in-memory server, as they would its public notify URL.
        _weChat = await WeChatSimulatorServer.StartAsync(() => Server.CreateHandler(), PayKeyMode, MessagePushUrl);
        await PrepareDatabaseAsync();
        _client = CreateClient();
        await StartTrainingSettledAsync();
    }

    /// <summary>
    /// The recommender trains once at start when no model is saved; its SQL must not overlap the first tests (some
    /// count statements). A host whose database was not ready for it publishes no model: give it a few seconds.
    /// </summary>
    private async Task StartTrainingSettledAsync()
    {
        var models = Services.GetRequiredService<RecommenderModelHolder>();
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(5);
        while (models.Current is null && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    /// <summary>Empties every table except the migrations history.</summary>
    public virtual Task ResetDatabaseAsync() =>
        throw new NotSupportedException($"{GetType().Name} keeps its data for the whole test class.");

    /// <summary>The simulator forgets its users, codes, tokens and faults; login limits start afresh.</summary>
    public async Task ResetSignInAsync()
    {
        await WeChat.ResetAsync();
        Services.GetRequiredService<ResettableLoginThrottle>().Reset();
    }

    public async Task AddAsync(params object[] entities)
    {
        using var scope = Services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Stands in for the privacy sweep: the user asks for deletion and it is completed the moment the cooling-off ends, so
    /// the erasure's in-transaction handlers run. Returns the request's id.
    /// </summary>
    public async Task<Guid> EraseAccountAsync(Guid userId)
    {
        var request = PrivacyRequest.Submit(userId, PrivacyRequestKind.AccountDeletion, Clock.GetUtcNow());
        await AddAsync(request);
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var pending = await db.PrivacyRequests.SingleAsync(r => r.Id == request.Id);
        pending.Complete(pending.ErasableAt ?? Clock.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
        return request.Id;
    }

    /// <summary>Delivers the events waiting in the outbox to their after-commit handlers, as the background dispatcher would.</summary>
    public Task DrainOutboxAsync() => Services.GetRequiredService<OutboxDispatcher>().DrainAsync(CancellationToken.None);

    public async Task<T> ReadAsync<T>(Func<IApplicationDbContext, Task<T>> read)
    {
        using var scope = Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
    }

    public new virtual async Task DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
        if (_weChat is not null)
        {
            await _weChat.DisposeAsync();
        }
    }

    protected virtual Task PrepareDatabaseAsync() => Task.CompletedTask;

    protected string ConnectionString()
    {
        using var scope = Services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        return db.Database.GetConnectionString() ?? throw new InvalidOperationException("The database has no connection string.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "false",
            ["WeChatSimulator:Embedded"] = "false",
            ["WeChat:ApiBaseUrl"] = WeChat.BaseUrl.AbsoluteUri,
            ["WeChat:AppId"] = WeChatSimulatorServer.AppId,
            ["WeChat:AppSecret"] = WeChatSimulatorServer.AppSecret,
            ["Identity:BootstrapAdminOpenIds:0"] = AdminOpenId,
            ["WeChatPay:ApiBaseUrl"] = WeChat.BaseUrl.AbsoluteUri,
            ["WeChatPay:NotifyUrl"] = NotifyUrl,
            ["WeChatPay:RetryDelay"] = "00:00:00.010",
            ["Orders:Sweep:Enabled"] = "false",
            // Tests erase due accounts and purge expired exports themselves after moving the clock.
            ["Privacy:Sweep:Enabled"] = "false",
            // Tests refresh segments and train the propensity model themselves (RefreshSegmentsCommand, trainPropensityModel).
            ["Segments:Refresh:Enabled"] = "false",
            ["Segments:Propensity:Enabled"] = "false",
            // Statement-counting tests must see only their own SQL: tests drain the outbox themselves (DrainOutboxAsync).
            ["Outbox:Enabled"] = "false",
            // A failed delivery is due again at once, so a test's next drain retries it.
            ["Outbox:RetryDelay"] = "00:00:00.001",
            ["Media:Cdn:Key"] = CdnKey,
            // Every test of a host calls from the one test-server address; the tests of the limits turn them on.
            ["RateLimiting:Enabled"] = "false",
            // Short, so the test that opens the training gate sees its retraining soon.
            ["Recommendations:RetrainAfterCatalogueChange"] = "00:00:00.200",
            // One training thread: a run is then reproducible from its seed (docs/decisions/0051).
            ["Recommendations:TrainingThreads"] = "1",
            // Spans go to the tests that listen for them, not to the console.
            ["OpenTelemetry:ConsoleExporter"] = "false",
            // Tests change data behind the product's back (AddAsync, resets) and drain the outbox themselves; the tests of
            // the catalogue cache turn it on (CatalogCacheApps).
            ["CatalogCache:Enabled"] = "false",
            // On PostgreSQL even the leader polls for published models; statement-counting tests must see only their own SQL.
            ["Cluster:ModelPollInterval"] = "01:00:00",
        };
        foreach (var (key, value) in WeChat.PaySettings.Concat(WeChatSimulatorServer.VirtualPaymentSettings))
        {
            settings[key] = value;
        }

        foreach (var (key, value) in DatabaseSettings)
        {
            settings[key] = value;
        }

        builder.UseEnvironment("Development");

        // Host settings are visible while Program builds its services; the in-memory source also outranks appsettings files.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(SqlCommands);
            services.AddSingleton<IInterceptor>(SqlFault);
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
                .AddInMemoryExporter(Spans)
                .SetSampler(new ParentBasedSampler(new AlwaysOnSampler())));

            // Every category at every level reaches the capture, but for those the product pins at Warning to keep
            // URLs with secrets or GraphQL GET variables out of the logs (AddWeChatServices, AddGraphQLServices).
            services.AddLogging(logging => logging
                .AddFilter<LogCapture>(null, LogLevel.Trace)
                .AddFilter<LogCapture>("System.Net.Http.HttpClient", LogLevel.Warning)
                .AddFilter<LogCapture>(DependencyInjection.RequestLogCategory, LogLevel.Warning));
            var throttle = services.Last(d => d.ServiceType == typeof(ILoginThrottle)).ImplementationType!;
            services.AddSingleton(sp => new ResettableLoginThrottle(() => (ILoginThrottle)ActivatorUtilities.CreateInstance(sp, throttle)));
            services.AddSingleton<ILoginThrottle>(sp => sp.GetRequiredService<ResettableLoginThrottle>());
            var scheduler = services.Last(d => d.ServiceType == typeof(IRecommenderTrainingScheduler)).ImplementationFactory!;
            services.AddSingleton(sp => new GatedTrainingScheduler((IRecommenderTrainingScheduler)scheduler(sp)));
            services.AddSingleton<IRecommenderTrainingScheduler>(sp => sp.GetRequiredService<GatedTrainingScheduler>());
        });
    }
}
