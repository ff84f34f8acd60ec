using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.FunctionalTests.Orders;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Infrastructure.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.FunctionalTests.Events;

/// <summary>
/// <see cref="OrdersApp"/> with this assembly's after-commit handler (<see cref="RecordCreatorWhenCreatorJoined"/>),
/// an in-transaction failure the test can arm, and direct access to the outbox. No dispatcher runs unless a test
/// starts one.
/// </summary>
public sealed class EventsApp(bool onPostgreSql) : OrdersApp(onPostgreSql)
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    internal HandlerLog Handled { get; } = new();

    internal FailingPublisher.Switch FailOnPublish { get; } = new();

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    /// <summary>Starts the app's background dispatcher, as a host would; disposing stops it.</summary>
    public async Task<IAsyncDisposable> StartDispatcherAsync(TimeSpan pollInterval)
    {
        var options = Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        options.Enabled = true;
        options.PollInterval = pollInterval;
        var service = Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "OutboxDispatcherService");
        await service.StartAsync(CancellationToken.None);
        return new Stopping(service);
    }

    /// <summary>Adds <paramref name="count"/> creators in one save; each raises a <see cref="CreatorJoinedEvent"/>.</summary>
    public async Task<IReadOnlyList<Guid>> AddCreatorsAsync(int count)
    {
        var creators = Enumerable.Range(0, count)
            .Select(i => Creator.Join($"Creator {i}", null, null, null, Clock.GetUtcNow(), null))
            .ToList();
        await WithDbAsync(async db =>
        {
            db.Creators.AddRange(creators);
            return await db.SaveChangesAsync();
        });
        return creators.Select(c => c.Id).ToList();
    }

    public Task<List<OutboxMessage>> OutboxAsync() =>
        WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    /// <summary>Drops every message's lease and processed mark, as if no delivery had been recorded (a redelivery).</summary>
    public Task ForgetDeliveriesAsync() =>
        WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)));

    protected override void ConfigureServices(IServiceCollection services)
    {
        AfterCommitHandlers.Register(services, typeof(EventsApp).Assembly);
        services.AddSingleton(Handled);
        services.AddScoped<IPublisher>(sp => new FailingPublisher(sp.GetRequiredService<IMediator>(), FailOnPublish));
        services.Configure<OutboxOptions>(options =>
        {
            options.Enabled = false;
            options.RetryDelay = RetryDelay;
            options.BatchSize = 10;
        });
    }

    private sealed class Stopping(IHostedService service) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await service.StopAsync(CancellationToken.None);
    }
}
