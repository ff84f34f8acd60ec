using static KnowledgePay.GraphQL.FunctionalTests.Catalog.CatalogCacheSteps;

namespace KnowledgePay.GraphQL.FunctionalTests.Scaling;

/// <summary>
/// The catalogue cache on two nodes sharing PostgreSQL and Redis: a change handled on one node removes the other's
/// cached entries (its memory level and the shared Redis level) through the Redis broadcast.
/// </summary>
public sealed class CatalogCacheClusterTests
{
    /// <summary>Far above a broadcast's delivery; what bounds a missed one (CatalogCache:LocalExpiry, 30 s) is longer still.</summary>
    private static readonly TimeSpan DeliveryLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task NodeBServesTheCourseNodeAChangedOnceNodeAsOutboxHasRun()
    {
        await using var nodes = await TwoPostgreSqlNodes.StartAsync();
        var course = await AddPublishedCourseAsync(nodes.A, fen: 4900);
        Assert.Equal((4900, 4900), await PricesAsync(nodes.B, course));

        await SetPriceAsAdminAsync(nodes.A, course, fen: 2900);
        var onBBeforeTheOutbox = await PricesAsync(nodes.B, course);
        await nodes.A.DrainOutboxAsync();
        var onBAfterTheOutbox = await TwoPostgreSqlNodes.EventuallyAsync(
            () => PricesAsync(nodes.B, course), prices => prices == (2900, 2900), DeliveryLimit);

        Assert.Equal((4900, 4900), onBBeforeTheOutbox);
        Assert.Equal((2900, 2900), onBAfterTheOutbox);
    }
}
