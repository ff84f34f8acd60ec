using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

public sealed class ContextPopularityTests
{
    private const string Evening = "daypart:evening";
    private const string Morning = "daypart:morning";
    private const string Ios = "platform:ios";
    private const string Android = "platform:android";

    private static readonly CourseFeatures[] Courses = [CourseFeatures.None("piano"), CourseFeatures.None("sql")];

    [Fact]
    public void TheLiftIsTheLogOfTheSmoothedRatioOfEventsInTheContextToTheEventsExpectedFromTheCoursesShare()
    {
        var context = ContextPopularity.From(
            [new("piano", Evening, 30f), new("sql", Evening, 10f), new("piano", Morning, 10f), new("sql", Morning, 30f)], Courses);

        // Each course has half of all 80 events, so half of the evening's 40 are expected: 20.
        var a = ContextPopularity.PseudoEvents;
        AssertLifts([MathF.Log((30f + a) / (20f + a)), MathF.Log((10f + a) / (20f + a))], context.LiftsOf(Evening));
        AssertLifts([MathF.Log((10f + a) / (20f + a)), MathF.Log((30f + a) / (20f + a))], context.LiftsOf(Morning));
    }

    [Fact]
    public void AFewEventsAreShrunkTowardsNoDifferenceAndManyAreNot()
    {
        ContextPopularity Scaled(float events) => ContextPopularity.From(
            [new("piano", Evening, 3f * events), new("sql", Evening, events), new("piano", Morning, events), new("sql", Morning, 3f * events)], Courses);

        var few = Scaled(1f).LiftsOf(Evening)[0];
        var many = Scaled(1_000f).LiftsOf(Evening)[0];

        Assert.InRange(few, 0.01f, 0.1f);
        Assert.Equal(MathF.Log(1.5f), many, 0.01f);
    }

    [Fact]
    public void AContextHoldingEveryEventOfItsKindLiftsNothing()
    {
        var context = ContextPopularity.From([new("piano", Evening, 90f), new("sql", Evening, 3f)], Courses);

        AssertLifts([0f, 0f], context.LiftsOf(Evening));
    }

    [Fact]
    public void PlatformsAreComparedWithPlatformsAndDaypartsWithDayparts()
    {
        // Every piano event is on iOS and in the evening: platforms alone say iOS takes piano; the daypart says nothing.
        var context = ContextPopularity.From(
            [new("piano", Ios, 20f), new("sql", Android, 20f), new("piano", Evening, 20f), new("sql", Evening, 20f)], Courses);

        Assert.True(context.LiftsOf(Ios)[0] > 0f && context.LiftsOf(Ios)[1] < 0f);
        AssertLifts([0f, 0f], context.LiftsOf(Evening));
        Assert.True(context.LiftsOf("daypart:night").IsEmpty);
    }

    private static void AssertLifts(float[] expected, ReadOnlySpan<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var course = 0; course < expected.Length; course++)
        {
            Assert.Equal(expected[course], actual[course], 1e-5f);
        }
    }
}
