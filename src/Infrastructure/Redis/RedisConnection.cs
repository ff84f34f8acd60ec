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
    private readonly List<Action<IConnectionMultiplexer>> _onConnect = [];
    private IConnectionMultiplexer? _connected;

    public RedisConnection(IOptions<RedisOptions> options)
    {
        _options = options.Value;
        _multiplexer = new Lazy<IConnectionMultiplexer>(() =>
        {
            var configuration = ConfigurationOptions.Parse(_options.Configuration);
            configuration.AbortOnConnectFail = false;
            var multiplexer = ConnectionMultiplexer.Connect(configuration);
            lock (_onConnect)
            {
                _connected = multiplexer;
                _onConnect.ForEach(observe => observe(multiplexer));
            }

            return multiplexer;
        });
    }

    /// <summary>False on a single node without <c>Redis:Configuration</c>: shared pieces then stay in process.</summary>
    public bool IsConfigured => _options.IsConfigured;

    public IConnectionMultiplexer Multiplexer => IsConfigured
        ? _multiplexer.Value
        : throw new InvalidOperationException("Redis:Configuration is not set.");

    /// <summary>
    /// Runs <paramref name="observe"/> on the multiplexer once it exists (at once if it does already), without making it:
    /// tracing hooks into the connection while the connection stays made on first use.
    /// </summary>
    public void OnConnect(Action<IConnectionMultiplexer> observe)
    {
        lock (_onConnect)
        {
            if (_connected is not null)
            {
                observe(_connected);
            }
            else
            {
                _onConnect.Add(observe);
            }
        }
    }

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
