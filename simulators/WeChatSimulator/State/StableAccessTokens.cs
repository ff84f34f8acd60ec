using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.State;

/// <summary>
/// getStableAccessToken's rules (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-access-token/getStableAccessToken.html): the same token while it has more than five minutes left, then a
/// new one while the old stays valid until it expires; force refresh replaces and invalidates every earlier token,
/// at most 20 times a (Beijing) day and 30 s apart.
/// </summary>
internal sealed class StableAccessTokens(SimulatedClock clock) : ISimulatorState
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(7200);
    public static readonly TimeSpan RenewalWindow = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ForceRefreshSpacing = TimeSpan.FromSeconds(30);
    public const int ForceRefreshesPerDay = 20;

    private static TimeSpan BeijingOffset { get; } = TimeSpan.FromHours(8);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _validUntil = new(StringComparer.Ordinal);
    private readonly List<DateTimeOffset> _forcedAt = [];
    private IssuedAccessToken? _current;

    public StableTokenOutcome Obtain(bool forceRefresh)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (forceRefresh)
            {
                if (RefuseForceRefresh(now) is { } refusal)
                {
                    return new StableTokenOutcome(null, refusal);
                }
                _forcedAt.Add(now);
                _validUntil.Clear();
            }
            else if (_current is { } current && current.ExpiresAt - now > RenewalWindow)
            {
                return new StableTokenOutcome(current, null);
            }
            return new StableTokenOutcome(Issue(now), null);
        }
    }

    public bool IsValid(string token)
    {
        lock (_lock)
        {
            return _validUntil.TryGetValue(token, out var expiresAt) && expiresAt > clock.GetUtcNow();
        }
    }

    /// <summary>Plays a token invalidated elsewhere: the next normal call gets a new one.</summary>
    public void RevokeAll()
    {
        lock (_lock)
        {
            _validUntil.Clear();
            _current = null;
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _validUntil.Clear();
            _forcedAt.Clear();
            _current = null;
        }
    }

    private WeChatError? RefuseForceRefresh(DateTimeOffset now)
    {
        if (_forcedAt.Count > 0 && now - _forcedAt[^1] < ForceRefreshSpacing)
        {
            return WeChatErrors.MinuteQuotaReached;
        }
        var today = BeijingDate(now);
        return _forcedAt.Count(forced => BeijingDate(forced) == today) >= ForceRefreshesPerDay
            ? WeChatErrors.DailyQuotaReached
            : null;
    }

    private IssuedAccessToken Issue(DateTimeOffset now)
    {
        foreach (var expired in _validUntil.Where(entry => entry.Value <= now).Select(entry => entry.Key).ToList())
        {
            _validUntil.Remove(expired);
        }
        _current = new IssuedAccessToken(RandomText.AccessToken(), now + Lifetime);
        _validUntil[_current.Token] = _current.ExpiresAt;
        return _current;
    }

    private static DateOnly BeijingDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(BeijingOffset).DateTime);
}
