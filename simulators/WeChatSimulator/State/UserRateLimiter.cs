using System.Collections.Concurrent;
using KnowledgePay.WeChatSimulator.Clock;

namespace KnowledgePay.WeChatSimulator.State;

/// <summary>code2Session's per-user quota: a sliding minute on the simulated clock.</summary>
internal sealed class UserRateLimiter(SimulatedClock clock) : ISimulatorState
{
    public const int CallsPerMinute = 100;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _callsByUser = new(StringComparer.Ordinal);

    public bool TryAcquire(string openId)
    {
        var now = clock.GetUtcNow();
        var calls = _callsByUser.GetOrAdd(openId, _ => new Queue<DateTimeOffset>());
        lock (calls)
        {
            while (calls.Count > 0 && calls.Peek() <= now - Window)
            {
                calls.Dequeue();
            }
            if (calls.Count >= CallsPerMinute)
            {
                return false;
            }
            calls.Enqueue(now);
            return true;
        }
    }

    public void Reset() => _callsByUser.Clear();
}
