using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Ratings;

/// <summary>
/// The explicit-rating predictor as it is served: the users and courses it was trained on, by key, and the SVD++ model
/// (folded into a <see cref="BiasedMatrixFactorization"/>) that predicts a user's stars for a course. It answers for
/// courses it has seen ratings of, and for users who rated or interacted with any of them (docs/decisions/0050);
/// anything else has no prediction.
/// </summary>
public sealed class RatingPredictor
{
    /// <summary>Defaults for catalogue-sized data: fewer factors and weaker regularisation than the MovieLens tuning, since a
    /// catalogue has few reviews.</summary>
    public static readonly SvdPlusPlusOptions DefaultOptions = new(
        Factors: 8, Epochs: 60, LearningRate: 0.007f, LearningRateDecay: 1f, BiasRegularization: 0.005f, Regularization: 0.06f, ImplicitRegularization: 0.06f);

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

    /// <summary>
    /// Fits the predictor on <paramref name="ratings"/>, with each user's <paramref name="interactions"/> with rated
    /// courses (and their rated courses) as the implicit feedback N(u); null when there are fewer than
    /// <paramref name="minimum"/> ratings.
    /// </summary>
    public static RatingPredictor? TrainWhenEnough(
        IReadOnlyList<StarRating> ratings, IReadOnlyList<Interaction> interactions, int minimum, SvdPlusPlusOptions options)
    {
        if (!HasEnough(ratings, minimum))
        {
            return null;
        }

        var courseKeys = ratings.Select(r => r.CourseKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var courses = IndexOf(courseKeys);
        var interest = ratings.Select(r => (r.UserKey, r.CourseKey))
            .Concat(interactions.Where(i => courses.ContainsKey(i.CourseKey)).Select(i => (i.UserKey, i.CourseKey)))
            .ToArray();
        var userKeys = interest.Select(pair => pair.UserKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var users = IndexOf(userKeys);
        var model = SvdPlusPlus.Train(
            [.. ratings.Select(r => new Rating(users[r.UserKey], courses[r.CourseKey], r.Stars))],
            ImplicitFeedback.Of(interest.Select(pair => (users[pair.UserKey], courses[pair.CourseKey])), userKeys.Length),
            courseKeys.Length,
            options);
        return new RatingPredictor(userKeys, courseKeys, model);
    }

    /// <summary>Whether <see cref="TrainWhenEnough"/> fits a predictor to <paramref name="ratings"/>: at least one, and at least <paramref name="minimum"/>.</summary>
    public static bool HasEnough(IReadOnlyList<StarRating> ratings, int minimum) => ratings.Count > 0 && ratings.Count >= minimum;

    /// <summary>The user's row in <see cref="Model"/>, when the predictor knows them.</summary>
    public bool TryGetUser(string userKey, out int user) => _users.TryGetValue(userKey, out user);

    /// <summary>The course's row in <see cref="Model"/>, when the predictor has seen ratings of it.</summary>
    public bool TryGetCourse(string courseKey, out int course) => _courses.TryGetValue(courseKey, out course);

    /// <summary>The user's predicted stars for the course; null when the predictor knows neither the user nor the course.</summary>
    public float? Predict(string userKey, string courseKey) =>
        _users.TryGetValue(userKey, out var user) && _courses.TryGetValue(courseKey, out var course) ? Model.Predict(user, course) : null;

    private static Dictionary<string, int> IndexOf(IReadOnlyList<string> keys) =>
        keys.Select((key, index) => (key, index)).ToDictionary(pair => pair.key, pair => pair.index, StringComparer.Ordinal);
}
