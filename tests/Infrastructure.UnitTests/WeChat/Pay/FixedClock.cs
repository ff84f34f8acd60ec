namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

/// <summary>A clock that stands still until a test moves it; timers still run in real time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
