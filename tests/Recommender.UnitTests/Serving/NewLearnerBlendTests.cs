using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

public sealed class NewLearnerBlendTests
{
    private const string Reader = "reader";

    // The model prefers art and music for the reader (x), popularity prefers data; y is what a piano interest lifts.
    private static readonly (CourseFeatures Course, float X, float Popularity)[] Catalogue =
    [
        (Course("sketch", "art", "drawing"), 5f, 3f),
        (Course("sql", "data", "sql"), 1f, 90f),
        (Course("piano", "music", "piano"), 4f, 2f),
        (Course("excel", "data", "excel"), 0f, 60f),
        (Course("ukulele", "music", "ukulele"), 3f, 1f),
        (Course("pandas", "data", "python"), 2f, 30f),
    ];

    private static readonly string[] PopularityOrder = ["sql", "excel", "pandas", "sketch", "piano", "ukulele"];

    private static readonly string[] ModelOrder = ["sketch", "piano", "ukulele", "pandas", "sql", "excel"];

    [Theory]
    [InlineData(10f, 0, false, 1f)]
    [InlineData(10f, 10, false, 0.5f)]
    [InlineData(10f, 30, false, 0.25f)]
    [InlineData(4f, 396, false, 0.01f)]
    [InlineData(10f, 0, true, 0.5f)]
    [InlineData(10f, 20, true, 0.25f)]
    [InlineData(0f, 0, false, 0f)]
    public void PriorShareIsKOverKPlusInteractionsPlusTheStatedProfilesWorth(float strength, int interactions, bool stated, float share)
    {
        Assert.Equal(share, new NewLearnerBlend(strength, 1f, StatedEvidence: 10f).PriorShare(interactions, stated), 1e-6f);
    }

    [Fact]
    public void ANewLearnerWeKnowNothingAboutGetsThePopularityOrder()
    {
        var model = Model();
        var newcomer = Request(UserFeatures.None("newcomer"), interactions: 0);

        var picks = TopKRecommender.Recommend(model, newcomer);

        Assert.Equal(PopularityOrder, picks.Select(pick => pick.CourseKey));
        Assert.Equal(TopKRecommender.Popular(model, newcomer).Select(pick => pick.CourseKey), picks.Select(pick => pick.CourseKey));
    }

    [Fact]
    public void OnboardingInterestsMoveMatchingCoursesUp()
    {
        var pianist = UserFeatures.None("newcomer") with { InterestTags = [new WeightedFeature("piano", 1f)] };

        var withInterest = Keys(TopKRecommender.Recommend(Model(), Request(pianist, interactions: 0)));
        var without = Keys(TopKRecommender.Recommend(Model(), Request(UserFeatures.None("newcomer"), interactions: 0)));

        Assert.True(withInterest.IndexOf("piano") < without.IndexOf("piano"), $"piano at {withInterest.IndexOf("piano")}, was {without.IndexOf("piano")}");
        Assert.Equal(without.Where(key => key != "piano"), withInterest.Where(key => key != "piano"));
    }

    [Fact]
    public void AStrongInterestWeightPutsTheMatchingCourseFirst()
    {
        var pianist = UserFeatures.None("newcomer") with { InterestTags = [new WeightedFeature("piano", 1f)] };

        var picks = TopKRecommender.Recommend(Model(), Request(pianist, interactions: 0) with { NewLearnerBlend = new(10f, InterestWeight: 5f, StatedEvidence: 0f) });

        Assert.Equal("piano", picks[0].CourseKey);
    }

    [Fact]
    public void ACategoryAffinityLiftsEveryCourseOfTheCategory()
    {
        var musician = UserFeatures.None("newcomer") with { CategoryAffinities = [new WeightedFeature("music", 1f)] };

        var picks = Keys(TopKRecommender.Recommend(Model(), Request(musician, interactions: 0)));

        Assert.Equal(["sql", "excel", "pandas", "piano", "ukulele", "sketch"], picks);
    }

    [Fact]
    public void ALearnerWithALongHistoryKeepsTheModelsOrder()
    {
        var reader = UserFeatures.None(Reader);

        var blended = TopKRecommender.Recommend(Model(), Request(reader, interactions: 10_000));
        var modelOnly = TopKRecommender.Recommend(Model(), Request(reader, interactions: null));

        Assert.Equal(ModelOrder, Keys(modelOnly));
        Assert.Equal(Keys(modelOnly), Keys(blended));
    }

    [Fact]
    public void HistoryMovesTheListFromPopularityTowardsTheModel()
    {
        var reader = UserFeatures.None(Reader);
        var orders = new[] { 0, 2, 10, 50, 1_000 }
            .Select(interactions => Keys(TopKRecommender.Recommend(Model(), Request(reader, interactions))))
            .ToList();

        Assert.Equal(PopularityOrder, orders[0]);
        Assert.Equal(ModelOrder, orders[^1]);
        var sketchPositions = orders.Select(order => order.IndexOf("sketch")).ToList();
        Assert.Equal(sketchPositions.OrderDescending(), sketchPositions);
    }

    [Fact]
    public void TheModelsScaleDoesNotChangeTheBlend()
    {
        var reader = UserFeatures.None(Reader);

        var picks = Keys(TopKRecommender.Recommend(Model(), Request(reader, interactions: 10)));
        var scaledPicks = Keys(TopKRecommender.Recommend(Model(scale: 1_000f), Request(reader, interactions: 10)));

        Assert.Equal(picks, scaledPicks);
    }

    private static List<string> Keys(IEnumerable<Recommendation> picks) => [.. picks.Select(pick => pick.CourseKey)];

    private static CourseFeatures Course(string key, string category, string tag) =>
        CourseFeatures.None(key) with { Category = category, Tags = [tag] };

    /// <summary>Two coordinates and the bias: the reader's id vector (1, 0) scores a course by its x; biases are 0.</summary>
    private static RecommenderModel Model(float scale = 1f) => new(
        1,
        DateTimeOffset.UnixEpoch,
        new RecommenderMetrics(0, 0, Catalogue.Length, 0, 0),
        dimension: 3,
        [.. Catalogue.Select(course => course.Course)],
        [.. Catalogue.SelectMany(course => new[] { course.X * scale, 0f, 0f })],
        [.. Catalogue.Select(course => course.Popularity)],
        [Reader],
        [1f, 0f, 0f],
        [],
        []);

    private static RecommendationRequest Request(UserFeatures user, int? interactions) =>
        new(user, Catalogue.Length, new HashSet<string>(), new HashSet<string>(), MaxPerCategory: 10)
        {
            InteractionCount = interactions,
            NewLearnerBlend = new(Strength: 10f, InterestWeight: 1f, StatedEvidence: 10f),
        };
}
