using KnowledgePay.Application.Profiles.Scoring;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Application.UnitTests.Profiles;

public sealed class PortraitScoringTests
{
    private const int Today = 20_000;
    private const double HalfLife = 30;

    private static readonly Guid DataCategory = Guid.CreateVersion7();
    private static readonly Guid DesignCategory = Guid.CreateVersion7();
    private static readonly Guid SqlTag = Guid.CreateVersion7();
    private static readonly Guid FigmaTag = Guid.CreateVersion7();
    private static readonly Guid OnboardingTag = Guid.CreateVersion7();
    private static readonly Guid DataCourse = Guid.CreateVersion7();
    private static readonly Guid DesignCourse = Guid.CreateVersion7();

    private static readonly Dictionary<Guid, CourseTraits> Courses = new()
    {
        [DataCourse] = new CourseTraits(DataCategory, [SqlTag], 9_900),
        [DesignCourse] = new CourseTraits(DesignCategory, [FigmaTag], 0),
    };

    [Fact]
    public void RanksTheCategoryViewedMostFirst()
    {
        var scores = Score([Views(DataCourse, 5, Today), Views(DesignCourse, 1, Today)]);

        Assert.Equal([(DataCategory, 5.0), (DesignCategory, 1.0)], scores.Categories);
        Assert.Equal([(SqlTag, 5.0), (FigmaTag, 1.0)], scores.Interests);
    }

    [Fact]
    public void LetsFreshEventsOutweighMoreButOlderOnes()
    {
        var scores = Score([Views(DataCourse, 3, Today - 60), Views(DesignCourse, 1, Today)]);

        Assert.Equal([(DesignCategory, 1.0), (DataCategory, 0.75)], scores.Categories);
    }

    [Fact]
    public void CountsOnboardingInterestsAsAnUndecayedPrior()
    {
        var scores = Score([Views(DataCourse, 2, Today)], onboarding: [OnboardingTag]);

        Assert.Equal([(OnboardingTag, PortraitScoring.OnboardingInterestPrior), (SqlTag, 2.0)], scores.Interests);
    }

    [Fact]
    public void DropsACategoryWhoseRefundCancelledThePurchase()
    {
        var scores = Score([
            new DailyEvents(DataCourse, BehaviourEventKind.Purchase, Today, 1, 0),
            new DailyEvents(DataCourse, BehaviourEventKind.Refund, Today, 1, 0),
            Views(DesignCourse, 1, Today)]);

        Assert.Equal([DesignCategory], scores.Categories.Select(c => c.CategoryId));
    }

    [Fact]
    public void TakesThePriceBandOfWhatTheUserViewsMost()
    {
        var scores = Score([Views(DataCourse, 3, Today), Views(DesignCourse, 2, Today)]);

        Assert.Equal(PriceBand.From50To199Yuan, scores.PriceBand);
    }

    [Fact]
    public void HasNoPriceBandAndIsDormantWithoutEvents()
    {
        var scores = Score([]);

        Assert.Null(scores.PriceBand);
        Assert.Equal(ActivityLevel.Dormant, scores.ActivityLevel);
        Assert.Empty(scores.Categories);
    }

    [Fact]
    public void CountsActivityOverTheLastWeekAndMonth()
    {
        var scores = Score([Views(DataCourse, 4, Today - 6), Views(DataCourse, 30, Today - 7), Views(DataCourse, 100, Today - 30)]);

        Assert.Equal((4, 34, ActivityLevel.Active), (scores.EventsLast7Days, scores.EventsLast30Days, scores.ActivityLevel));
    }

    [Fact]
    public void NeverRatesPopularityBelowZero() =>
        Assert.Equal(0, PortraitScoring.Popularity([new DailyEvents(DataCourse, BehaviourEventKind.Unfavourite, Today, 2, 0)], Today, HalfLife));

    private static PortraitScores Score(IReadOnlyCollection<DailyEvents> events, IReadOnlyCollection<Guid>? onboarding = null) =>
        PortraitScoring.Score(events, Courses, onboarding ?? [], Today, HalfLife);

    private static DailyEvents Views(Guid courseId, int count, int day) => new(courseId, BehaviourEventKind.View, day, count, 0);
}
