using System.Collections.Concurrent;
using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Calls;

/// <summary>How many calls each WeChat API received, so product tests can assert on upstream traffic.</summary>
internal sealed class UpstreamCallLog : ISimulatorState
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Record(string api) => _counts.AddOrUpdate(api, 1, (_, count) => count + 1);

    public SortedDictionary<string, int> Snapshot() => new(_counts, StringComparer.Ordinal);

    public void Reset() => _counts.Clear();
}
