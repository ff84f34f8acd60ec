using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class SideBySideTests
{
    [Fact]
    public void ReturnsBothPartsResults()
    {
        var (main, beside) = SideBySide.Train(() => 6 * 7, () => "beside", CancellationToken.None);

        Assert.Equal((42, "beside"), (main, beside));
    }

    [Fact]
    public void WhenTheMainPartFailsTheBesidePartHasFinishedBeforeTheFailureIsReported()
    {
        using var besideStarted = new ManualResetEventSlim();
        var besideFinished = false;

        var failure = Assert.Throws<InvalidOperationException>(() => SideBySide.Train<int, int>(
            () =>
            {
                besideStarted.Wait(TimeSpan.FromSeconds(30));
                throw new InvalidOperationException("main failed");
            },
            () =>
            {
                besideStarted.Set();
                Thread.Sleep(200);
                besideFinished = true;
                return 1;
            },
            CancellationToken.None));

        Assert.Equal("main failed", failure.Message);
        Assert.True(Volatile.Read(ref besideFinished));
    }

    [Fact]
    public void ABesidePartsFailureIsReportedWhenTheMainPartSucceeds()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => SideBySide.Train<int, int>(
            () => 1, () => throw new InvalidOperationException("beside failed"), CancellationToken.None));

        Assert.Equal("beside failed", failure.Message);
    }
}
