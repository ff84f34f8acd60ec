using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Domain.UnitTests.Learning;

public sealed class LessonProgressTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void KeepsTheHigherPercentWhenALowerReportArrivesLater()
    {
        var progress = Started();
        progress.Record(80, 240, completed: false, Now.AddMinutes(1));

        progress.Record(30, 90, completed: false, Now.AddMinutes(2));

        Assert.Equal(80, progress.Percent);
        Assert.Equal(90, progress.PositionSeconds);
        Assert.Equal(Now.AddMinutes(2), progress.UpdatedAt);
        Assert.False(progress.IsCompleted);
    }

    [Fact]
    public void CompletesOnceWhenReachingOneHundredPercent()
    {
        var progress = Started();
        progress.Record(100, 300, completed: false, Now.AddMinutes(1));

        progress.Record(100, 300, completed: false, Now.AddMinutes(5));

        Assert.Equal(Now.AddMinutes(1), progress.CompletedAt);
    }

    [Fact]
    public void CompletesAtOneHundredPercentWhenMarkedDoneExplicitly()
    {
        var progress = Started();

        progress.Record(40, 120, completed: true, Now.AddMinutes(1));

        Assert.Equal(100, progress.Percent);
        Assert.Equal(Now.AddMinutes(1), progress.CompletedAt);
    }

    [Theory]
    [InlineData(-1, 0, "LEARNING_INVALID_PROGRESS_PERCENT")]
    [InlineData(101, 0, "LEARNING_INVALID_PROGRESS_PERCENT")]
    [InlineData(50, -1, "LEARNING_INVALID_PROGRESS_POSITION")]
    public void RefusesAndKeepsTheStateWhenTheReportIsOutOfRange(int percent, int position, string code)
    {
        var progress = Started();
        progress.Record(20, 60, completed: false, Now);

        var error = Assert.Throws<DomainException>(() => progress.Record(percent, position, completed: false, Now.AddMinutes(1)));

        Assert.Equal(code, error.Code);
        Assert.Equal(20, progress.Percent);
        Assert.Equal(60, progress.PositionSeconds);
    }

    private static LessonProgress Started() =>
        LessonProgress.Start(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Now);
}
