namespace KnowledgePay.WeChatSimulator.Tests.Support;

/// <summary>The merchant's clock, moved together with the simulator's so signatures stay inside the 5-minute window.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
