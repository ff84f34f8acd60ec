using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Redis;

public static class RedisServices
{
    /// <summary>
    /// Section <c>Redis</c>: registers the process's one <see cref="RedisConnection"/>. Configuration is read on first
    /// use, like the database's, so hosts and test factories may still set <c>Redis:Configuration</c> after this call.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        builder.Services.AddSingleton<RedisConnection>();
        return builder;
    }
}
