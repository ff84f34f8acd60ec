using System.Runtime.CompilerServices;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// The four fields of the factorisation machine and their vocabularies: user id, user features, course id, course
/// features. Users and courses that interactions name but the profile lists lack get ids and no features.
/// </summary>
internal sealed class FeatureSpace
{
    public const int UserIdField = 0;
    public const int UserFeatureField = 1;
    public const int CourseIdField = 2;
    public const int CourseFeatureField = 3;
    public const int FieldCount = 4;

    private static readonly ConditionalWeakTable<RecommenderTrainingSet, Lazy<FeatureSpace>> Spaces = new();

    private FeatureSpace(
        IReadOnlyList<UserFeatures> users,
        IReadOnlyList<CourseFeatures> courses,
        IReadOnlyList<string> userTokens,
        IReadOnlyList<string> courseTokens)
    {
        Users = users;
        Courses = courses;
        UserTokens = userTokens;
        CourseTokens = courseTokens;
        UserIndex = Index(users.Select(user => user.UserKey));
        CourseIndex = Index(courses.Select(course => course.CourseKey));
        var userTokenIndex = Index(userTokens);
        var courseTokenIndex = Index(courseTokens);
        UserFeatureFields = users.Select(user => Sparse(user.Tokens(), userTokenIndex)).ToArray();
        CourseFeatureFields = courses.Select(course => Sparse(course.Tokens(), courseTokenIndex)).ToArray();
    }

    public IReadOnlyList<UserFeatures> Users { get; }

    public IReadOnlyList<CourseFeatures> Courses { get; }

    public IReadOnlyList<string> UserTokens { get; }

    public IReadOnlyList<string> CourseTokens { get; }

    public IReadOnlyDictionary<string, int> UserIndex { get; }

    public IReadOnlyDictionary<string, int> CourseIndex { get; }

    public SparseField[] UserFeatureFields { get; }

    public SparseField[] CourseFeatureFields { get; }

    /// <summary>Vocabulary size of each field, in field order (ML.NET needs a fixed, non-zero length per field).</summary>
    public int[] FieldSizes => [Users.Count, Math.Max(1, UserTokens.Count), Courses.Count, Math.Max(1, CourseTokens.Count)];

    /// <summary>
    /// The space of <paramref name="data"/>, built once per training set: a blend's parts, trained side by side, each ask
    /// for it, and it hashes every interaction's keys (a third of a second at 1,000,000 interactions). The space is never
    /// written after it is built, so the parts share it.
    /// </summary>
    public static FeatureSpace Of(RecommenderTrainingSet data) =>
        Spaces.GetValue(data, set => new Lazy<FeatureSpace>(() => Build(set))).Value;

    private static FeatureSpace Build(RecommenderTrainingSet data)
    {
        var users = data.Users.DistinctBy(user => user.UserKey).ToList();
        var knownUsers = users.Select(user => user.UserKey).ToHashSet(StringComparer.Ordinal);
        users.AddRange(data.Interactions
            .Select(interaction => interaction.UserKey)
            .Where(knownUsers.Add)
            .Select(UserFeatures.None));

        var courses = data.Courses.DistinctBy(course => course.CourseKey).ToList();
        var knownCourses = courses.Select(course => course.CourseKey).ToHashSet(StringComparer.Ordinal);
        courses.AddRange(data.Interactions
            .Select(interaction => interaction.CourseKey)
            .Where(knownCourses.Add)
            .Select(CourseFeatures.None));

        return new FeatureSpace(
            users,
            courses,
            Vocabulary(users.SelectMany(user => user.Tokens())),
            Vocabulary(courses.SelectMany(course => course.Tokens())));
    }

    private static string[] Vocabulary(IEnumerable<WeightedFeature> tokens) =>
        tokens.Select(token => token.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static Dictionary<string, int> Index(IEnumerable<string> keys) =>
        keys.Select((key, index) => (key, index)).ToDictionary(pair => pair.key, pair => pair.index, StringComparer.Ordinal);

    private static SparseField Sparse(IEnumerable<WeightedFeature> tokens, Dictionary<string, int> vocabulary)
    {
        var values = FieldValues.UnitLength(tokens, vocabulary.ContainsKey)
            .Select(token => (Index: vocabulary[token.Key], token.Weight))
            .OrderBy(token => token.Index)
            .ToArray();
        return new SparseField(values.Select(token => token.Index).ToArray(), values.Select(token => token.Weight).ToArray());
    }
}
