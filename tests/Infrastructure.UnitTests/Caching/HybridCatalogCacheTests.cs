using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Infrastructure.Caching;
using KnowledgePay.Infrastructure.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.UnitTests.Caching;

/// <summary>
/// The catalogue cache adapter on real HybridCache: memory only as on one node, and as two nodes (two hosts) sharing the
/// test Redis (<c>KNOWLEDGEPAY_TEST_REDIS</c>) under a key prefix of their own.
/// </summary>
public sealed class HybridCatalogCacheTests
{
    private static readonly Guid CourseA = Guid.NewGuid();
    private static readonly Guid CourseB = Guid.NewGuid();

    private static string RedisServer => Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_REDIS") ?? "127.0.0.1:6379";

    [Fact]
    public async Task ReadsOnceAndServesTheEntryUntilOneOfItsTagsIsInvalidated()
    {
        using var node = await StartAsync();
        var cache = node.Services.GetRequiredService<ICatalogCache>();
        var source = new CountingSource("v1");

        var first = await source.ReadThroughAsync(cache, CourseA);
        var second = await source.ReadThroughAsync(cache, CourseA);
        source.Value = "v2";
        var beforeInvalidation = await source.ReadThroughAsync(cache, CourseA);
        await cache.InvalidateAsync(CatalogCacheTags.ChangedCourse(CourseA), CancellationToken.None);
        var afterInvalidation = await source.ReadThroughAsync(cache, CourseA);

        Assert.Equal(["v1", "v1", "v1", "v2"], [first, second, beforeInvalidation, afterInvalidation]);
        Assert.Equal(2, source.Reads);
    }

    [Fact]
    public async Task AMemoryHitHandsOutTheInstanceItHoldsInsteadOfACopy()
    {
        using var node = await StartAsync();
        var cache = node.Services.GetRequiredService<ICatalogCache>();
        var page = new List<string> { "v1" };

        var first = await cache.GetOrReadAsync("test:page", [CatalogCacheTags.All], _ => ValueTask.FromResult(page), CancellationToken.None);
        var second = await cache.GetOrReadAsync("test:page", [CatalogCacheTags.All], _ => ValueTask.FromResult(new List<string>()), CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(["v1"], second);
    }

    [Fact]
    public async Task KeepsEntriesOfOtherCoursesWhenOneCourseChanges()
    {
        using var node = await StartAsync();
        var cache = node.Services.GetRequiredService<ICatalogCache>();
        var source = new CountingSource("v1");
        await source.ReadThroughAsync(cache, CourseB);

        await cache.InvalidateAsync(CatalogCacheTags.ChangedCourse(CourseA), CancellationToken.None);
        source.Value = "v2";

        Assert.Equal("v1", await source.ReadThroughAsync(cache, CourseB));
        Assert.Equal(1, source.Reads);
    }

    [Fact]
    public async Task ReadsEveryTimeWhenTurnedOff()
    {
        using var node = await StartAsync(("CatalogCache:Enabled", "false"));
        var cache = node.Services.GetRequiredService<ICatalogCache>();
        var source = new CountingSource("v1");

        await source.ReadThroughAsync(cache, CourseA);
        source.Value = "v2";

        Assert.Equal("v2", await source.ReadThroughAsync(cache, CourseA));
        Assert.Equal(2, source.Reads);
    }

    [Fact]
    public async Task AnInvalidationOnOneNodeRemovesTheEntryFromTheOtherNodesMemoryAndFromRedis()
    {
        var prefix = $"knowledgepay-test:{Guid.NewGuid():N}:";
        using var nodeA = await StartAsync(("Redis:Configuration", RedisServer), ("Redis:KeyPrefix", prefix));
        using var nodeB = await StartAsync(("Redis:Configuration", RedisServer), ("Redis:KeyPrefix", prefix));
        var (cacheA, cacheB) = (nodeA.Services.GetRequiredService<ICatalogCache>(), nodeB.Services.GetRequiredService<ICatalogCache>());
        var source = new CountingSource("v1");
        await source.ReadThroughAsync(cacheA, CourseA);
        var onBFromRedis = await source.ReadThroughAsync(cacheB, CourseA);

        source.Value = "v2";
        await cacheA.InvalidateAsync(CatalogCacheTags.ChangedCourse(CourseA), CancellationToken.None);
        var onB = await source.ReadThroughAsync(cacheB, CourseA);
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(10);
        while (onB != "v2" && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(50);
            onB = await source.ReadThroughAsync(cacheB, CourseA);
        }

        Assert.Equal("v1", onBFromRedis);
        Assert.Equal("v2", onB);
        Assert.Equal("v2", await source.ReadThroughAsync(cacheA, CourseA));
    }

    [Fact]
    public async Task AChangedCategoryRemovesEveryCategoryEntryOnBothNodesAndKeepsTheOtherKinds()
    {
        var prefix = $"knowledgepay-test:{Guid.NewGuid():N}:";
        using var nodeA = await StartAsync(("Redis:Configuration", RedisServer), ("Redis:KeyPrefix", prefix));
        using var nodeB = await StartAsync(("Redis:Configuration", RedisServer), ("Redis:KeyPrefix", prefix));
        var (cacheA, cacheB) = (nodeA.Services.GetRequiredService<ICatalogCache>(), nodeB.Services.GetRequiredService<ICatalogCache>());
        var (categories, tags, creators) = (new CountingSource("bar v1"), new CountingSource("tags v1"), new CountingSource("creators v1"));
        await categories.ReadThroughAsync(cacheA, "categories", CatalogCacheTags.Categories);
        await categories.ReadThroughAsync(cacheB, "categories", CatalogCacheTags.Categories);
        await tags.ReadThroughAsync(cacheB, "tags", CatalogCacheTags.Tags);
        await creators.ReadThroughAsync(cacheB, "creators", CatalogCacheTags.Creators);

        (categories.Value, tags.Value, creators.Value) = ("bar v2", "tags v2", "creators v2");
        await cacheA.InvalidateAsync([CatalogCacheTags.Categories], CancellationToken.None);
        var onB = await categories.ReadThroughAsync(cacheB, "categories", CatalogCacheTags.Categories);
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(10);
        while (onB != "bar v2" && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(50);
            onB = await categories.ReadThroughAsync(cacheB, "categories", CatalogCacheTags.Categories);
        }

        Assert.Equal("bar v2", onB);
        Assert.Equal("bar v2", await categories.ReadThroughAsync(cacheA, "categories", CatalogCacheTags.Categories));
        Assert.Equal("tags v1", await tags.ReadThroughAsync(cacheB, "tags", CatalogCacheTags.Tags));
        Assert.Equal("creators v1", await creators.ReadThroughAsync(cacheB, "creators", CatalogCacheTags.Creators));
        Assert.Equal((1, 1), (tags.Reads, creators.Reads));
    }

    [Theory]
    [InlineData(CatalogCacheTags.Tags)]
    [InlineData(CatalogCacheTags.Creators)]
    public async Task AChangedTagOrCreatorRemovesTheEntriesOfItsKindOnly(string kind)
    {
        using var node = await StartAsync();
        var cache = node.Services.GetRequiredService<ICatalogCache>();
        var (changed, categories) = (new CountingSource("v1"), new CountingSource("bar v1"));
        await changed.ReadThroughAsync(cache, kind, kind);
        await categories.ReadThroughAsync(cache, "categories", CatalogCacheTags.Categories);

        (changed.Value, categories.Value) = ("v2", "bar v2");
        await cache.InvalidateAsync([kind], CancellationToken.None);

        Assert.Equal("v2", await changed.ReadThroughAsync(cache, kind, kind));
        Assert.Equal("bar v1", await categories.ReadThroughAsync(cache, "categories", CatalogCacheTags.Categories));
    }

    private static async Task<IHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddLogging();
        builder.AddRedis();
        builder.AddCatalogCache();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Stands in for the database: answers <see cref="Value"/> and counts how often it was asked.</summary>
    private sealed class CountingSource(string value)
    {
        public string Value { get; set; } = value;

        public int Reads { get; private set; }

        public ValueTask<string> ReadThroughAsync(ICatalogCache cache, Guid course) =>
            ReadThroughAsync(cache, $"test:{course:N}", CatalogCacheTags.Course(course));

        public ValueTask<string> ReadThroughAsync(ICatalogCache cache, string key, string tag) => cache.GetOrReadAsync(
            key, [CatalogCacheTags.All, tag], _ =>
            {
                Reads++;
                return ValueTask.FromResult(Value);
            }, CancellationToken.None);
    }
}
