using KnowledgePay.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.FunctionalTests.Events;

/// <summary>Two server instances drain one outbox on PostgreSQL: every event is handled exactly once between them.</summary>
public sealed class OutboxConcurrencyTests : IAsyncLifetime
{
    private readonly EventsApp _app = new(onPostgreSql: true);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TwoDispatchersDrainingTogetherHandleEachEventOnce()
    {
        var creators = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            creators.AddRange(await _app.AddCreatorsAsync(50));
        }

        var pending = await _app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null));
        var instances = new[] { _app.Dispatcher, ActivatorUtilities.CreateInstance<OutboxDispatcher>(_app.Services) };

        var claimed = await Task.WhenAll(instances.Select(d => Task.Run(() => d.DrainAsync(CancellationToken.None))));

        var handled = _app.Handled.Creators.Where(creators.Contains).ToList();
        Assert.Equal(creators.Count, handled.Count);
        Assert.Equal(creators.Order(), handled.Order());
        Assert.Equal(pending, claimed.Sum());
        Assert.Equal(0, await _app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)));
    }
}
