namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>Real time plus whatever the test has skipped ahead; each test starts at real time again.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _skipped;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _skipped;

    /// <summary>Sign users in before skipping: access tokens are issued by this clock but validated by the real one.</summary>
    public void Advance(TimeSpan by) => _skipped += by;

    public void Reset() => _skipped = TimeSpan.Zero;
}
