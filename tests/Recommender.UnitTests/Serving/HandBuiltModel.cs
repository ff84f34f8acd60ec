using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.UnitTests.Serving;

/// <summary>
/// Models with vectors chosen by hand (two latent coordinates and the bias), so a test knows every score: a user
/// vector (a, b, 1) scores course (x, y, bias) as a·x + b·y + bias.
/// </summary>
internal static class HandBuiltModel
{
    public const string Reader = "reader";

    public static RecommenderModel With(
        IReadOnlyList<(CourseFeatures Course, float X, float Y)> courses,
        (float A, float B)? readerIdVector = null,
        IReadOnlyList<(string Token, float A, float B)>? featureVectors = null,
        long version = 1)
    {
        var features = featureVectors ?? [];
        return new RecommenderModel(
            version,
            DateTimeOffset.UnixEpoch,
            new RecommenderMetrics(0, 0, courses.Count, 0, 0),
            dimension: 3,
            courses.Select(course => course.Course).ToArray(),
            courses.SelectMany(course => new[] { course.X, course.Y, 0f }).ToArray(),
            courses.Select((_, index) => (float)(courses.Count - index)).ToArray(),
            readerIdVector is null ? [] : [Reader],
            readerIdVector is { } id ? [id.A, id.B, 0f] : [],
            features.Select(feature => feature.Token).ToArray(),
            features.SelectMany(feature => new[] { feature.A, feature.B, 0f }).ToArray());
    }

    public static CourseFeatures Course(string key, string category, params string[] tags) =>
        CourseFeatures.None(key) with { Category = category, Tags = tags };

    public static RecommendationRequest Request(
        int count,
        IReadOnlySet<string>? owned = null,
        IReadOnlySet<string>? excluded = null,
        int maxPerCategory = 10,
        UserFeatures? user = null) =>
        new(user ?? UserFeatures.None(Reader), count, owned ?? new HashSet<string>(), excluded ?? new HashSet<string>(), maxPerCategory);
}
