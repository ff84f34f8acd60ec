using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgePay.Infrastructure.Redis;

/// <summary>
/// The process's connection to the deployment's Redis, made on first use. It keeps reconnecting in the background
/// (<c>AbortOnConnectFail = false</c>), so a node starts, and serves what does not need Redis, while Redis is down;
/// each user of the connection decides how it behaves meanwhile (fail open or closed) and says so.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly RedisOptions _options;
    private readonly Lazy<IConnectionMultiplexer> _multiplexer;

    public RedisConnection(IOptions<RedisOptions> options)
    {
        _options = options.Value;
        _multiplexer = new Lazy<IConnectionMultiplexer>(() =>
        {
            var configuration = ConfigurationOptions.Parse(_options.Configuration);
            configuration.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(configuration);
        });
    }

    /// <summary>False on a single node without <c>Redis:Configuration</c>: shared pieces then stay in process.</summary>
    public bool IsConfigured => _options.IsConfigured;

    public IConnectionMultiplexer Multiplexer => IsConfigured
        ? _multiplexer.Value
        : throw new InvalidOperationException("Redis:Configuration is not set.");

    /// <summary>The deployment's key for <paramref name="name"/> (prefixed by <c>Redis:KeyPrefix</c>).</summary>
    public RedisKey Key(string name) => _options.KeyPrefix + name;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
