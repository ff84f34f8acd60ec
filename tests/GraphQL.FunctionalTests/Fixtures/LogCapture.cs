using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>
/// A logging provider of the app that keeps, while recording, every entry at every level: the rendered message, each
/// structured value, scopes and exceptions. Off by default, so that other tests pay one boolean check per entry.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider? _scopes;
    private volatile bool _recording;

    public void Start()
    {
        _entries.Clear();
        _recording = true;
    }

    /// <summary>Stops recording and returns everything logged since <see cref="Start"/>, one entry a line.</summary>
    public string Stop()
    {
        _recording = false;
        return string.Join('\n', _entries);
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => capture._recording;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!capture._recording)
            {
                return;
            }

            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            var scopes = new List<string>();
            capture._scopes?.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopes);
            capture._entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] [{string.Join(" => ", scopes)}] {exception}");
        }
    }
}
