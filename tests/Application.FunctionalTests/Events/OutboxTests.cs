using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Events;

/// <summary>After-commit reactions through the outbox: stored with the change, delivered at least once, handled once.</summary>
public abstract class OutboxTests(EventsApp app) : IAsyncLifetime
{
    private static readonly string CreatorJoined = AfterCommitHandlers.NameOf(typeof(CreatorJoinedEvent));

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TheEventIsStoredInTheSaveThatMadeTheChange()
    {
        var before = (await app.OutboxAsync()).Count;

        var creator = (await app.AddCreatorsAsync(1)).Single();

        var stored = (await app.OutboxAsync()).Skip(before).Single();
        Assert.Equal(CreatorJoined, stored.Type);
        Assert.Contains(creator.ToString(), stored.Payload);
        Assert.Null(stored.ProcessedAt);
        Assert.Empty(app.Handled.Creators);
    }

    [Fact]
    public async Task NothingIsStoredWhenTheChangeRollsBack()
    {
        var before = (await app.OutboxAsync()).Count;

        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Creators.Add(Creator.Join("Rolled back", null, null, null, app.Clock.GetUtcNow(), null));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(before, (await app.OutboxAsync()).Count);
    }

    [Fact]
    public async Task TheDispatcherDeliversEachStoredEventAndMarksItProcessed()
    {
        var creators = await app.AddCreatorsAsync(3);

        await app.Dispatcher.DrainAsync(CancellationToken.None);

        Assert.Equal(creators.Order(), app.Handled.Creators.Where(creators.Contains).Order());
        Assert.All(await app.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
    }

    [Fact]
    public async Task ARedeliveredEventIsHandledOnce()
    {
        var creator = (await app.AddCreatorsAsync(1)).Single();
        await app.Dispatcher.DrainAsync(CancellationToken.None);

        await app.ForgetDeliveriesAsync();
        await app.Dispatcher.DrainAsync(CancellationToken.None);

        Assert.Single(app.Handled.Creators, c => c == creator);
        Assert.All(await app.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
    }

    [Fact]
    public async Task AFailedDeliveryIsRetriedAfterABackoffThatDoubles()
    {
        await app.Dispatcher.DrainAsync(CancellationToken.None);
        app.Handled.FailNext(2);
        var creator = (await app.AddCreatorsAsync(1)).Single();

        var firstTry = app.Clock.GetUtcNow();
        await app.Dispatcher.DrainAsync(CancellationToken.None);
        var afterFirstFailure = await MessageAsync();
        await app.Dispatcher.DrainAsync(CancellationToken.None);
        app.Clock.Advance(EventsApp.RetryDelay);
        await app.Dispatcher.DrainAsync(CancellationToken.None);
        var afterSecondFailure = await MessageAsync();
        app.Clock.Advance(2 * EventsApp.RetryDelay);
        await app.Dispatcher.DrainAsync(CancellationToken.None);

        Assert.Null(afterFirstFailure.ProcessedAt);
        Assert.Contains("dependency is down", afterFirstFailure.LastError);
        Assert.InRange(afterFirstFailure.NextAttemptAt - firstTry, EventsApp.RetryDelay, EventsApp.RetryDelay + TimeSpan.FromSeconds(5));
        Assert.InRange(
            afterSecondFailure.NextAttemptAt - afterFirstFailure.NextAttemptAt,
            2 * EventsApp.RetryDelay, (2 * EventsApp.RetryDelay) + TimeSpan.FromSeconds(5));
        Assert.Single(app.Handled.Creators, c => c == creator);
        Assert.NotNull((await MessageAsync()).ProcessedAt);

        Task<OutboxMessage> MessageAsync() =>
            app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Payload.Contains(creator.ToString())));
    }

    [Fact]
    public async Task AMessageLeasedByADeadInstanceIsDeliveredOnceTheLeaseRunsOut()
    {
        var creator = (await app.AddCreatorsAsync(1)).Single();
        var leaseUntil = app.Clock.GetUtcNow().AddMinutes(1);
        await app.WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseOwner, "dead-instance")
            .SetProperty(m => m.LeaseUntil, leaseUntil)));

        await app.Dispatcher.DrainAsync(CancellationToken.None);
        var whileLeased = app.Handled.Creators.ToList();
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.Dispatcher.DrainAsync(CancellationToken.None);

        Assert.Empty(whileLeased);
        Assert.Single(app.Handled.Creators, c => c == creator);
    }

    [Fact]
    public async Task AnEventStoredBeforeACrashIsDeliveredByTheNextStart()
    {
        var creator = (await app.AddCreatorsAsync(1)).Single();

        await app.RestartAsync();
        await using (await app.StartDispatcherAsync(TimeSpan.FromHours(1)))
        {
            await WaitUntilAsync(() => app.Handled.Creators.Contains(creator), TimeSpan.FromSeconds(10));
        }

        Assert.Single(app.Handled.Creators, c => c == creator);
    }

    [Fact]
    public async Task ARunningDispatcherDeliversOnTheCommitNotOnItsNextPoll()
    {
        await using (await app.StartDispatcherAsync(TimeSpan.FromHours(1)))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));

            var creator = (await app.AddCreatorsAsync(1)).Single();

            // Moments on a quiet machine; the bound only has to stay far below the hour a poll would take, since a
            // loaded test machine (CI running several suites) may take seconds.
            await WaitUntilAsync(() => app.Handled.Creators.Contains(creator), TimeSpan.FromSeconds(30));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan within)
    {
        var giveUpAt = DateTimeOffset.UtcNow + within;
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < giveUpAt, "The dispatcher did not deliver in time.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }
}

public sealed class OutboxTestsOnSqlite() : OutboxTests(new EventsApp(onPostgreSql: false));

public sealed class OutboxTestsOnPostgreSql() : OutboxTests(new EventsApp(onPostgreSql: true));
