using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Tests.Shared.Recommender;

/// <summary>
/// A generated catalogue with planted tastes: course c belongs to category and tag <c>c % Topics</c>; user u loves
/// topic <c>u % Topics</c>, says so in their profile, and takes mostly courses of that topic (a few at random). Within
/// a topic some courses are far more taken than others, so popularity is a fair but beatable baseline.
/// </summary>
internal sealed class PlantedPreferences
{
    public const int Topics = 6;

    public PlantedPreferences(int users = 240, int courses = 120, int takenPerUser = 10, double onTopicShare = 0.85, int seed = 7)
    {
        var random = new Random(seed);
        Courses = Enumerable.Range(0, courses).Select(Course).ToList();
        Users = Enumerable.Range(0, users).Select(User).ToList();
        var interactions = new List<Interaction>();
        var held = new List<Interaction>();
        for (var user = 0; user < users; user++)
        {
            var taken = new HashSet<int>();
            while (taken.Count < takenPerUser)
            {
                var topic = random.NextDouble() < onTopicShare ? user % Topics : random.Next(Topics);
                // Squaring a uniform draw favours the first courses of the topic: a popularity skew inside each topic.
                var rank = (int)(Math.Pow(random.NextDouble(), 2) * (courses / Topics));
                taken.Add(rank * Topics + topic);
            }

            var ordered = taken.Order().ToArray();
            random.Shuffle(ordered);
            for (var position = 0; position < ordered.Length; position++)
            {
                var interaction = new Interaction(UserKey(user), CourseKey(ordered[position]), 1f, DateTimeOffset.UnixEpoch.AddDays(position));
                (position < 2 ? held : interactions).Add(interaction);
            }
        }

        Interactions = interactions;
        HeldOut = held;
    }

    public IReadOnlyList<UserFeatures> Users { get; }

    public IReadOnlyList<CourseFeatures> Courses { get; }

    public IReadOnlyList<Interaction> Interactions { get; }

    /// <summary>Two interactions per user kept out of <see cref="Interactions"/> to test against.</summary>
    public IReadOnlyList<Interaction> HeldOut { get; }

    public RecommenderTrainingSet TrainingSet => new(Interactions, Users, Courses);

    public static string UserKey(int user) => $"u{user}";

    public static string CourseKey(int course) => $"c{course}";

    public static string Topic(int topic) => $"topic{topic}";

    public static CourseFeatures Course(int course) => new(
        CourseKey(course), [Topic(course % Topics)], Topic(course % Topics), $"creator{course % 10}", ["video"], "mid", null);

    public static UserFeatures User(int user) => InterestedIn(UserKey(user), user % Topics);

    public static UserFeatures InterestedIn(string userKey, int topic) =>
        UserFeatures.None(userKey) with { InterestTags = [new WeightedFeature(Topic(topic), 1f)] };
}
