namespace KnowledgePay.Application.FunctionalTests.Orders;

/// <summary>Real time plus whatever the test has skipped ahead.</summary>
internal sealed class TestClock : TimeProvider
{
    private TimeSpan _skipped;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _skipped;

    public void Advance(TimeSpan by) => _skipped += by;
}
