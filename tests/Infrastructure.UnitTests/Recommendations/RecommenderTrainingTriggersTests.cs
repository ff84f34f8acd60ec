using KnowledgePay.Infrastructure.Recommendations;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Infrastructure.UnitTests.Recommendations;

public sealed class RecommenderTrainingTriggersTests
{
    private static readonly RecommenderOptions Options = new()
    {
        TrainingInterval = TimeSpan.FromHours(6),
        RetrainAfterCatalogueChange = TimeSpan.FromMinutes(1),
    };

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void GivesOneTrainingForSeveralRequestsWithinTheWindow()
    {
        var triggers = new RecommenderTrainingTriggers(Options, _clock);

        triggers.RequestTraining("Course A was published.");
        _clock.Advance(TimeSpan.FromSeconds(20));
        triggers.RequestTraining("Course B was published.");
        _clock.Advance(TimeSpan.FromSeconds(20));
        triggers.RequestTraining("Course C was published.");
        var beforeTheWindowCloses = triggers.TakeDue();
        _clock.Advance(TimeSpan.FromSeconds(20));
        var whenItCloses = triggers.TakeDue();
        var afterwards = triggers.TakeDue();

        Assert.Null(beforeTheWindowCloses);
        Assert.Equal("Course A was published. And 2 more requests.", whenItCloses);
        Assert.Null(afterwards);
    }

    [Fact]
    public void OpensANewWindowForARequestMadeAfterTheLastWasTaken()
    {
        var triggers = new RecommenderTrainingTriggers(Options, _clock);
        triggers.RequestTraining("Course A was published.");
        _clock.Advance(TimeSpan.FromMinutes(1));
        triggers.TakeDue();

        triggers.RequestTraining("Course B was published.");
        var atOnce = triggers.TakeDue();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(atOnce);
        Assert.Equal("Course B was published.", triggers.TakeDue());
    }

    [Fact]
    public void TrainsOnScheduleWithoutRequestsAndTheScheduledRunCoversAPendingRequest()
    {
        var triggers = new RecommenderTrainingTriggers(Options, _clock);
        _clock.Advance(TimeSpan.FromHours(6) - TimeSpan.FromSeconds(30));
        var beforeSchedule = triggers.TakeDue();
        triggers.RequestTraining("Course A was published.");

        _clock.Advance(TimeSpan.FromSeconds(30));
        var scheduled = triggers.TakeDue();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(beforeSchedule);
        Assert.StartsWith("Scheduled", scheduled);
        Assert.Null(triggers.TakeDue());
    }

    [Fact]
    public async Task WakesTheWaitingTrainerWhenARequestsWindowCloses()
    {
        var triggers = new RecommenderTrainingTriggers(Options with { RetrainAfterCatalogueChange = TimeSpan.FromMilliseconds(50) }, TimeProvider.System);
        var waiting = triggers.WaitAsync(CancellationToken.None);

        triggers.RequestTraining("Course A was published.");
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));

        // A timer may fire a little before the wall clock reaches the due time (timers run on the monotonic clock), as often
        // as it takes the wall clock to catch up; the trainer then waits again, as here.
        string? due = null;
        for (var giveUpAt = DateTime.UtcNow.AddSeconds(5); due is null && DateTime.UtcNow < giveUpAt;)
        {
            await triggers.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            due = triggers.TakeDue();
        }

        Assert.Equal("Course A was published.", due);
    }
}
