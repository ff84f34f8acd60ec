using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Infrastructure.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Caching;

public static class CatalogCacheServices
{
    /// <summary>The service key of the catalogue's HybridCache and of its Redis level, which nothing else uses.</summary>
    public const string Key = "catalog";

    /// <summary>
    /// Section <c>CatalogCache</c>: the catalogue cache, with Redis (through the process's <see cref="RedisConnection"/>,
    /// keys <c>&lt;Redis:KeyPrefix&gt;catalog:</c>) as its second level when <c>Redis:Configuration</c> is set. That is
    /// decided when the cache is first used, as the connection's configuration is.
    /// </summary>
    public static IHostApplicationBuilder AddCatalogCache(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CatalogCacheOptions>().BindConfiguration(CatalogCacheOptions.SectionName);
        services.AddKeyedSingleton<IDistributedCache>(Key, (sp, _) =>
        {
            var redis = sp.GetRequiredService<RedisConnection>();
            return new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer),
                // v2: entries are wrapped in CatalogCacheEntry; a new shape takes a new name, so during a rolling deployment
                // neither version reads the other's entries.
                InstanceName = redis.Key("catalog:v2:").ToString(),
            }));
        });
        services.AddKeyedHybridCache(Key, Key);
        services.AddOptions<HybridCacheOptions>(Key).Configure<RedisConnection>((hybrid, redis) =>
            hybrid.DistributedCacheServiceKey = redis.IsConfigured ? Key : null);
        services.AddSingleton<CatalogCacheBroadcast>();
        services.AddSingleton<ICatalogCache, HybridCatalogCache>();
        services.AddHostedService<CatalogCacheInvalidationListener>();
        return builder;
    }
}
