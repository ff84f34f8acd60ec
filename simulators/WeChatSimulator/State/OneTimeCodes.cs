using System.Collections.Concurrent;
using KnowledgePay.WeChatSimulator.Clock;

namespace KnowledgePay.WeChatSimulator.State;

/// <summary>Codes handed to the mini program that the server redeems once, within five simulated minutes.</summary>
internal abstract class OneTimeCodes(SimulatedClock clock, Func<string> newCode) : ISimulatorState
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);

    public string Issue(string openId)
    {
        var code = newCode();
        _codes[code] = new IssuedCode(openId, clock.GetUtcNow() + Lifetime);
        return code;
    }

    /// <summary>The user a live code belongs to, without using it up.</summary>
    public string? FindOwner(string code) =>
        _codes.TryGetValue(code, out var issued) && issued.ExpiresAt > clock.GetUtcNow() ? issued.OpenId : null;

    /// <summary>Uses the code up; only one of several concurrent callers succeeds.</summary>
    public bool TryRedeem(string code) =>
        _codes.TryRemove(code, out var issued) && issued.ExpiresAt > clock.GetUtcNow();

    public void Reset() => _codes.Clear();

    private sealed record IssuedCode(string OpenId, DateTimeOffset ExpiresAt);
}
