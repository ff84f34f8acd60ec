using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Ratings;

/// <summary>
/// The explicit-rating predictor as it is served: the users and courses it was trained on, by key, and the biased
/// matrix factorisation that predicts a user's stars for a course. It answers only for users and courses it has seen
/// ratings of; anything else has no prediction.
/// </summary>
public sealed class RatingPredictor
{
    /// <summary>Defaults for catalogue-sized data: fewer factors than the MovieLens tuning, since ratings are sparse.</summary>
    public static readonly MatrixFactorizationOptions DefaultOptions = new(Factors: 8, Epochs: 60);

    private readonly Dictionary<string, int> _users;
    private readonly Dictionary<string, int> _courses;

    public RatingPredictor(IReadOnlyList<string> userKeys, IReadOnlyList<string> courseKeys, BiasedMatrixFactorization model)
    {
        UserKeys = userKeys;
        CourseKeys = courseKeys;
        Model = model;
        _users = IndexOf(userKeys);
        _courses = IndexOf(courseKeys);
    }

    public IReadOnlyList<string> UserKeys { get; }

    public IReadOnlyList<string> CourseKeys { get; }

    public BiasedMatrixFactorization Model { get; }

    /// <summary>Fits the predictor on <paramref name="ratings"/>; null when there are fewer than <paramref name="minimum"/>.</summary>
    public static RatingPredictor? TrainWhenEnough(IReadOnlyList<StarRating> ratings, int minimum, MatrixFactorizationOptions options)
    {
        if (ratings.Count == 0 || ratings.Count < minimum)
        {
            return null;
        }

        var userKeys = ratings.Select(r => r.UserKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var courseKeys = ratings.Select(r => r.CourseKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var (users, courses) = (IndexOf(userKeys), IndexOf(courseKeys));
        var model = BiasedMatrixFactorization.Train(
            [.. ratings.Select(r => new Rating(users[r.UserKey], courses[r.CourseKey], r.Stars))], userKeys.Length, courseKeys.Length, options);
        return new RatingPredictor(userKeys, courseKeys, model);
    }

    /// <summary>The user's predicted stars for the course; null when the predictor has no ratings of either.</summary>
    public float? Predict(string userKey, string courseKey) =>
        _users.TryGetValue(userKey, out var user) && _courses.TryGetValue(courseKey, out var course) ? Model.Predict(user, course) : null;

    private static Dictionary<string, int> IndexOf(IReadOnlyList<string> keys) =>
        keys.Select((key, index) => (key, index)).ToDictionary(pair => pair.key, pair => pair.index, StringComparer.Ordinal);
}
