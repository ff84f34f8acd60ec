using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

/// <summary>The request's platform and daypart in the new-learner blend: a term of the prior, shrunk by history like it.</summary>
public sealed class NewLearnerContextTests
{
    private const string Reader = "reader";

    // The model prefers the music courses for the reader (x); popularity prefers data; iOS learners in the evening take ukulele.
    private static readonly (string Key, float X, float Popularity)[] Catalogue =
    [
        ("sql", 0f, 90f), ("excel", 1f, 60f), ("pandas", 2f, 30f), ("piano", 4f, 3f), ("ukulele", 5f, 2f),
    ];

    private static readonly ServingContext IosEvening = new("ios", "evening");

    [Fact]
    public void ABrandNewLearnerOnThePlatformAndAtTheTimeOfDayACourseIsPopularGetsItHigher()
    {
        var without = Keys(Recommend(ServingContext.None, interactions: 0));
        var within = Keys(Recommend(IosEvening, interactions: 0));

        Assert.Equal(["sql", "excel", "pandas", "piano", "ukulele"], without);
        Assert.True(within.IndexOf("ukulele") < without.IndexOf("ukulele"), $"ukulele at {within.IndexOf("ukulele")}, was {without.IndexOf("ukulele")}");
    }

    [Fact]
    public void AnotherContextOrAContextWeightOfZeroChangesNothing()
    {
        var without = Keys(Recommend(ServingContext.None, interactions: 0));

        Assert.Equal(without, Keys(Recommend(new ServingContext("android", "morning"), interactions: 0)));
        Assert.Equal(without, Keys(Recommend(new ServingContext("windows", "night"), interactions: 0)));
        Assert.Equal(without, Keys(Recommend(IosEvening, interactions: 0, contextWeight: 0f)));
    }

    [Fact]
    public void TheContextsPullShrinksWithHistoryAsThePriorsShareDoes()
    {
        var blend = Blend(contextWeight: 1f);
        var pulls = new[] { 0, 10, 100, 1_000 }
            .Select(interactions => (Share: blend.PriorShare(interactions, statedAnything: false), Pull: ScoreOf("ukulele", IosEvening, interactions) - ScoreOf("ukulele", ServingContext.None, interactions)))
            .ToList();

        Assert.True(pulls[0].Pull > 0.5f, $"pull {pulls[0].Pull}");
        Assert.All(pulls, pull => Assert.Equal(pull.Share / pulls[0].Share, pull.Pull / pulls[0].Pull, 1e-3f));
    }

    [Fact]
    public void ALearnerWithALongHistoryKeepsTheModelsOrderInAnyContext()
    {
        Assert.Equal(["ukulele", "piano", "pandas", "excel", "sql"], Keys(Recommend(IosEvening, interactions: 100_000)));
    }

    private static float ScoreOf(string course, ServingContext context, int interactions) =>
        Recommend(context, interactions).Single(pick => pick.CourseKey == course).Score;

    private static IReadOnlyList<Recommendation> Recommend(ServingContext context, int interactions, float contextWeight = 1f) =>
        TopKRecommender.Recommend(Model(), new RecommendationRequest(UserFeatures.None(Reader), Catalogue.Length, new HashSet<string>(), new HashSet<string>(), MaxPerCategory: 10)
        {
            InteractionCount = interactions,
            NewLearnerBlend = Blend(contextWeight),
            Context = context,
        });

    private static NewLearnerBlend Blend(float contextWeight) => new(Strength: 10f, InterestWeight: 0f, StatedEvidence: 0f) { ContextWeight = contextWeight };

    private static List<string> Keys(IEnumerable<Recommendation> picks) => [.. picks.Select(pick => pick.CourseKey)];

    /// <summary>The reader's id vector (1, 0) scores a course by its x; the context counts are events by platform and daypart.</summary>
    private static RecommenderModel Model()
    {
        var courses = Catalogue.Select(course => CourseFeatures.None(course.Key)).ToArray();
        var model = new RecommenderModel(
            1,
            DateTimeOffset.UnixEpoch,
            new RecommenderMetrics(0, 0, Catalogue.Length, 0, 0),
            dimension: 3,
            courses,
            [.. Catalogue.SelectMany(course => new[] { course.X, 0f, 0f })],
            [.. Catalogue.Select(course => course.Popularity)],
            [Reader],
            [1f, 0f, 0f],
            [],
            []);
        ContextCount[] counts =
        [
            .. Catalogue.Where(course => course.Key != "ukulele").SelectMany(course => new ContextCount[]
            {
                new(course.Key, "platform:android", course.Popularity), new(course.Key, "daypart:morning", course.Popularity),
            }),
            new("ukulele", "platform:ios", 60f), new("ukulele", "daypart:evening", 60f),
        ];
        return model.WithContext(ContextPopularity.From(counts, courses));
    }
}
