using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.Catalog.CatalogCacheSteps;

namespace KnowledgePay.GraphQL.FunctionalTests.Catalog;

/// <summary>
/// The catalogue cache on one node, memory only: the course page and list are served from it, and an operator's
/// change shows on the next read once the change's events have run through the outbox (which the tests drain).
/// </summary>
public abstract partial class CatalogCacheTests(KnowledgePayApp app) : FunctionalTest(app)
{
    [Fact]
    public async Task ServesTheCataloguePageFromTheCacheUntilTheOperatorsRepricingHasCommittedItsEvents()
    {
        var course = await AddPublishedCourseAsync(App, fen: 4900);
        Assert.Equal((4900, 4900), await PricesAsync(App, course));

        await SetPriceAsAdminAsync(App, course, fen: 2900);
        var beforeTheOutbox = await PricesAsync(App, course);
        await App.DrainOutboxAsync();
        var afterTheOutbox = await PricesAsync(App, course);

        Assert.Equal((4900, 4900), beforeTheOutbox);
        Assert.Equal((2900, 2900), afterTheOutbox);
    }
}

public sealed class SqliteCatalogCacheTests(CachedSqliteApp app) : CatalogCacheTests(app), IClassFixture<CachedSqliteApp>;

public sealed class PostgreSqlCatalogCacheTests(CachedPostgreSqlApp app) : CatalogCacheTests(app), IClassFixture<CachedPostgreSqlApp>;
