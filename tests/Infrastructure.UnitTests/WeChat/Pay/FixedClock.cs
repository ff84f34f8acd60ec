namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
