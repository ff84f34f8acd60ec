using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.UnitTests.Profiles;

public sealed class ScoringRulesTests
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(30, 0.5)]
    [InlineData(60, 0.25)]
    [InlineData(-2, 1.0)]
    public void HalvesTheWeightEveryHalfLife(int ageDays, double expected) =>
        Assert.Equal(expected, TimeDecay.Factor(ageDays, 30), 10);

    [Fact]
    public void WeighsAProgressEventByItsPercentage()
    {
        Assert.Equal(EventWeights.FullProgress * 0.4, EventWeights.Of(BehaviourEventKind.Progress, 1, 40), 10);
        Assert.Equal(EventWeights.FullProgress * 1.5, EventWeights.Of(BehaviourEventKind.Progress, 2, 150), 10);
    }

    [Fact]
    public void WeighsAPurchaseAboveACompletionAboveAView()
    {
        var (purchase, complete, view) = (
            EventWeights.Of(BehaviourEventKind.Purchase), EventWeights.Of(BehaviourEventKind.LessonComplete), EventWeights.Of(BehaviourEventKind.View));

        Assert.True(purchase > complete && complete > view, $"{purchase} > {complete} > {view}");
        Assert.Equal(3 * view, EventWeights.Of(BehaviourEventKind.View, 3, 0));
    }

    [Theory]
    [InlineData(0, PriceBand.Free)]
    [InlineData(1, PriceBand.Under50Yuan)]
    [InlineData(4_999, PriceBand.Under50Yuan)]
    [InlineData(5_000, PriceBand.From50To199Yuan)]
    [InlineData(19_999, PriceBand.From50To199Yuan)]
    [InlineData(20_000, PriceBand.From200Yuan)]
    public void PutsPricesInTheirBand(long fen, PriceBand band) => Assert.Equal(band, PriceBands.Of(fen));

    [Theory]
    [InlineData(0, 0, ActivityLevel.Dormant)]
    [InlineData(0, 1, ActivityLevel.Casual)]
    [InlineData(9, 29, ActivityLevel.Casual)]
    [InlineData(0, 30, ActivityLevel.Active)]
    [InlineData(10, 10, ActivityLevel.Active)]
    [InlineData(50, 50, ActivityLevel.Power)]
    public void GradesActivityByTheLastWeekAndMonth(int week, int month, ActivityLevel level) =>
        Assert.Equal(level, ActivityLevels.Of(week, month));
}
