using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.FunctionalTests.Orders;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Analytics;

/// <summary>The bucket expressions grouped by the database itself, at the edges of Beijing days, weeks and months.</summary>
public abstract class AnalyticsBucketingTests(OrdersApp app) : IAsyncLifetime
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(AnalyticsBucket.Day, new[] { 0, 1, 1, 31 })]
    [InlineData(AnalyticsBucket.Week, new[] { 0, 1, 1, 5 })]
    [InlineData(AnalyticsBucket.Month, new[] { 0, 0, 0, 1 })]
    public async Task TheDatabaseGroupsByTheLocalBucket(AnalyticsBucket bucket, int[] expectedIndexes)
    {
        // 2026-03-01 is a Sunday: its week bucket is that day alone.
        await AddEventsAsync(
        [
            new DateTimeOffset(2026, 3, 1, 23, 30, 0, Beijing),
            new DateTimeOffset(2026, 3, 2, 0, 0, 0, Beijing),
            new DateTimeOffset(2026, 3, 2, 23, 59, 0, Beijing),
            new DateTimeOffset(2026, 4, 1, 0, 1, 0, Beijing),
            new DateTimeOffset(2026, 2, 28, 23, 59, 0, Beijing),
            new DateTimeOffset(2026, 4, 2, 0, 0, 0, Beijing),
        ]);
        var period = AnalyticsPeriod.Resolve(new AnalyticsRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), bucket), "Asia/Shanghai");

        var counted = await app.WithDbAsync(db => db.BehaviourEvents
            .Where(period.Covers<BehaviourEvent>(e => e.OccurredAt))
            .GroupBy(period.BucketOf<BehaviourEvent>(e => e.OccurredAt))
            .Select(g => new { Index = g.Key, Count = g.Count() })
            .ToListAsync());

        var expected = expectedIndexes.GroupBy(i => i).Select(g => (g.Key, g.Count())).OrderBy(p => p.Key);
        Assert.Equal(expected, counted.Select(c => (c.Index, c.Count)).OrderBy(p => p.Index));
    }

    private Task AddEventsAsync(IEnumerable<DateTimeOffset> instants) => app.WithDbAsync(db =>
    {
        db.BehaviourEvents.AddRange(instants.Select((at, i) => BehaviourEvent.RecordByServer(
            app.Buyer.Id, $"bucketing-{i}", BehaviourEventKind.Purchase, app.Course.Id, at.ToUniversalTime(), at.ToUniversalTime())));
        return db.SaveChangesAsync();
    });
}

public sealed class AnalyticsBucketingTestsOnSqlite() : AnalyticsBucketingTests(new OrdersApp(onPostgreSql: false));

public sealed class AnalyticsBucketingTestsOnPostgreSql() : AnalyticsBucketingTests(new OrdersApp(onPostgreSql: true));
