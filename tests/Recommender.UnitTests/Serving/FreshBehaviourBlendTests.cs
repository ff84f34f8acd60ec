using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Tests.Shared.Recommender;
using Xunit.Abstractions;

namespace KnowledgePay.Recommender.UnitTests.Serving;

/// <summary>
/// The experiment behind <see cref="FreshBehaviourBlend.DefaultShare"/> (docs/benchmarks.md, "Fresh behaviour blend"):
/// every learner the model knows comes back once having viewed three courses of another topic (they switched) and once
/// having viewed one held-out course of their own topic (they stayed). Their profile features are left as trained, so
/// only the blend can follow them. The next courses they take are the relevant ones; NDCG@10 of the served list is
/// averaged over both groups for each share.
/// </summary>
public sealed class FreshBehaviourBlendTests(ITestOutputHelper output)
{
    /// <summary>The category cap the product serves lists with (MaxPerCategory).</summary>
    private const int MaxPerCategory = 3;

    private static readonly float[] Shares = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f];

    private static readonly PlantedPreferences Data = new();

    private static readonly Lazy<RecommenderModel> Model = new(() =>
        RecommenderTrainers.For(new TrainerOptions { TrainingThreads = 1 }, new ManualClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)))
            .Train(Data.TrainingSet, version: 1, CancellationToken.None));

    [Fact]
    public void DefaultShareIsTheBestOfTheGridAndBeatsNoBlend()
    {
        var sessions = Sessions();
        var results = Shares.ToDictionary(share => share, share => (
            Switched: MeanNdcg(sessions.Where(s => s.Switched), share),
            Stayed: MeanNdcg(sessions.Where(s => !s.Switched), share)));
        foreach (var (share, (switched, stayed)) in results)
        {
            output.WriteLine($"| {share:0.0} | {switched:0.000} | {stayed:0.000} | {(switched + stayed) / 2:0.000} |");
        }

        var mean = results.ToDictionary(result => result.Key, result => (result.Value.Switched + result.Value.Stayed) / 2);
        Assert.Equal(mean.Values.Max(), mean[FreshBehaviourBlend.DefaultShare], 0.005);
        Assert.True(results[FreshBehaviourBlend.DefaultShare].Switched > results[0f].Switched * 1.5, "switchers must be followed");
    }

    [Fact]
    public void ExplainsPicksOfTheNewTopicByTheClosestViewedCourse()
    {
        var switcher = Sessions().First(session => session.Switched);

        var picks = TopKRecommender.Recommend(Model.Value, Request(switcher, FreshBehaviourBlend.DefaultShare));

        var viewed = switcher.Fresh.Select(course => course.Key).ToHashSet();
        var explained = picks.Where(pick => pick.Reason.Kind == RecommendationReasonKind.BecauseYouViewed).ToList();
        Assert.NotEmpty(explained);
        Assert.All(explained, pick => Assert.Contains(pick.Reason.Subject, viewed));
        Assert.All(explained, pick => Assert.NotEqual(pick.CourseKey, pick.Reason.Subject));
    }

    private static List<Session> Sessions()
    {
        var random = new Random(11);
        var owned = Data.Interactions.ToLookup(interaction => interaction.UserKey, interaction => interaction.CourseKey);
        var heldOut = Data.HeldOut.ToLookup(interaction => interaction.UserKey, interaction => interaction.CourseKey);
        var sessions = new List<Session>();
        foreach (var user in Data.Users)
        {
            var mine = owned[user.UserKey].ToHashSet();
            var own = int.Parse(user.UserKey[1..]) % PlantedPreferences.Topics;
            var other = (own + 1 + random.Next(PlantedPreferences.Topics - 1)) % PlantedPreferences.Topics;
            var taken = Taken(random, other, mine, count: 5);
            sessions.Add(new Session(user, mine, [.. taken[..3].Select(Viewed)], taken[3..].ToHashSet(), Switched: true));
            var next = heldOut[user.UserKey].ToArray();
            sessions.Add(new Session(user, mine, [Viewed(next[0])], new HashSet<string> { next[1] }, Switched: false));
        }

        return sessions;
    }

    /// <summary>Distinct courses of a topic drawn with the same popularity skew as <see cref="PlantedPreferences"/>.</summary>
    private static string[] Taken(Random random, int topic, HashSet<string> owned, int count)
    {
        var taken = new List<string>();
        var perTopic = Data.Courses.Count / PlantedPreferences.Topics;
        while (taken.Count < count)
        {
            var course = PlantedPreferences.CourseKey((int)(Math.Pow(random.NextDouble(), 2) * perTopic) * PlantedPreferences.Topics + topic);
            if (!owned.Contains(course) && !taken.Contains(course))
            {
                taken.Add(course);
            }
        }

        return [.. taken];
    }

    private static WeightedFeature Viewed(string course) => new(course, 1f);

    private static double MeanNdcg(IEnumerable<Session> sessions, float share) =>
        sessions.Average(session => Ndcg(TopKRecommender.Recommend(Model.Value, Request(session, share)), session.Next));

    private static RecommendationRequest Request(Session session, float share) =>
        new RecommendationRequest(session.User, 10, session.Owned, new HashSet<string>(), MaxPerCategory)
        {
            FreshCourses = session.Fresh,
            FreshShare = share,
        };

    private static double Ndcg(IReadOnlyList<Recommendation> picks, IReadOnlySet<string> relevant)
    {
        var gain = picks.Select((pick, rank) => relevant.Contains(pick.CourseKey) ? 1 / Math.Log2(rank + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(relevant.Count, picks.Count)).Sum(rank => 1 / Math.Log2(rank + 2));
        return gain / ideal;
    }

    private sealed record Session(UserFeatures User, HashSet<string> Owned, WeightedFeature[] Fresh, IReadOnlySet<string> Next, bool Switched);
}
