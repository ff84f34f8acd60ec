using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Clock;

/// <summary>The host's clock shifted by an offset that tests move forward to expire codes and tokens.</summary>
internal sealed class SimulatedClock(TimeProvider host) : TimeProvider, ISimulatorState
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => host.GetUtcNow() + Offset;

    public void SetOffset(TimeSpan offset) => Interlocked.Exchange(ref _offsetTicks, offset.Ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Reset() => SetOffset(TimeSpan.Zero);
}
