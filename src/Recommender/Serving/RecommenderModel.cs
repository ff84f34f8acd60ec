using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Ratings;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// An immutable, versioned model ready to serve: a user vector dotted with a course row is the model's score for
/// the pair (up to terms that depend on the user alone, which do not change a user's ranking). Course rows are one
/// contiguous row-major matrix whose last coordinate is the course's bias; the user side sets that coordinate to 1.
/// A user vector is the sum of the user's id vector (users seen in training) and their feature vectors scaled by
/// <see cref="FieldValues.UnitLength"/>, so new users are served from their features alone.
/// </summary>
public sealed class RecommenderModel
{
    private readonly float[] _courseVectors;
    private readonly float[] _userIdVectors;
    private readonly float[] _featureVectors;
    private readonly float[] _popularity;
    private readonly float[] _inverseNorms;
    private readonly Dictionary<string, int> _courseIndex;
    private readonly Dictionary<string, int> _userIndex;
    private readonly Dictionary<string, int> _featureIndex;

    public RecommenderModel(
        long version,
        DateTimeOffset trainedAt,
        RecommenderMetrics metrics,
        int dimension,
        IReadOnlyList<CourseFeatures> courses,
        float[] courseVectors,
        float[] popularity,
        IReadOnlyList<string> userKeys,
        float[] userIdVectors,
        IReadOnlyList<string> featureTokens,
        float[] featureVectors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        RequireRows(courseVectors, courses.Count, dimension);
        RequireRows(userIdVectors, userKeys.Count, dimension);
        RequireRows(featureVectors, featureTokens.Count, dimension);
        if (popularity.Length != courses.Count)
        {
            throw new ArgumentException("One popularity value per course is needed.", nameof(popularity));
        }

        Version = version;
        TrainedAt = trainedAt;
        Metrics = metrics;
        Dimension = dimension;
        Courses = courses;
        UserKeys = userKeys;
        FeatureTokens = featureTokens;
        _courseVectors = courseVectors;
        _userIdVectors = userIdVectors;
        _featureVectors = featureVectors;
        _popularity = popularity;
        _courseIndex = IndexOf(courses.Select(course => course.CourseKey));
        _userIndex = IndexOf(userKeys);
        _featureIndex = IndexOf(featureTokens);
        _inverseNorms = new float[courses.Count];
        for (var course = 0; course < courses.Count; course++)
        {
            var norm = TensorPrimitives.Norm(LatentPart(course));
            _inverseNorms[course] = norm > 0f ? 1f / norm : 0f;
        }

        QuantisedRows = QuantisedCourseRows.Of(courseVectors, dimension);
        var categories = new Dictionary<string, int>(StringComparer.Ordinal);
        CourseCategories = [.. courses.Select(course =>
            course.Category is { } category ? categories.TryAdd(category, categories.Count) ? categories.Count - 1 : categories[category] : -1)];
        CategoryCount = categories.Count;
    }

    /// <summary>
    /// A copy of <paramref name="model"/> sharing its rows and everything computed from them (the model is immutable), so
    /// that a copy costs nothing however large the model is.
    /// </summary>
    private RecommenderModel(RecommenderModel model, RecommenderMetrics metrics)
    {
        Version = model.Version;
        TrainedAt = model.TrainedAt;
        Metrics = metrics;
        Dimension = model.Dimension;
        Courses = model.Courses;
        UserKeys = model.UserKeys;
        FeatureTokens = model.FeatureTokens;
        _courseVectors = model._courseVectors;
        _userIdVectors = model._userIdVectors;
        _featureVectors = model._featureVectors;
        _popularity = model._popularity;
        _courseIndex = model._courseIndex;
        _userIndex = model._userIndex;
        _featureIndex = model._featureIndex;
        _inverseNorms = model._inverseNorms;
        QuantisedRows = model.QuantisedRows;
        CourseCategories = model.CourseCategories;
        CategoryCount = model.CategoryCount;
    }

    public long Version { get; }

    public DateTimeOffset TrainedAt { get; }

    public RecommenderMetrics Metrics { get; }

    /// <summary>Length of every vector, bias coordinate included.</summary>
    public int Dimension { get; }

    /// <summary>The catalogue the model was trained with; course <c>i</c> is row <c>i</c> of <see cref="CourseVectors"/>.</summary>
    public IReadOnlyList<CourseFeatures> Courses { get; }

    public IReadOnlyList<string> UserKeys { get; }

    /// <summary>User-side feature tokens (<see cref="FeatureToken"/>) in the order of <see cref="FeatureVectors"/>.</summary>
    public IReadOnlyList<string> FeatureTokens { get; }

    public ReadOnlySpan<float> CourseVectors => _courseVectors;

    /// <summary>The course rows in int8 with a scale per row, which the top-k pass reads (the float rows rescore its picks).</summary>
    internal QuantisedCourseRows QuantisedRows { get; }

    /// <summary>Each course's category as a number from 0 to <see cref="CategoryCount"/> − 1 (−1: none), for the category cap.</summary>
    internal int[] CourseCategories { get; }

    internal int CategoryCount { get; }

    public ReadOnlySpan<float> UserIdVectors => _userIdVectors;

    /// <summary>The arrays behind <see cref="CourseVectors"/> and <see cref="UserIdVectors"/>, for trainers that read them as factors without a copy; never written.</summary>
    internal (float[] Courses, float[] UserIds) Rows => (_courseVectors, _userIdVectors);

    public ReadOnlySpan<float> FeatureVectors => _featureVectors;

    /// <summary>Summed interaction weight per course in the training data.</summary>
    public ReadOnlySpan<float> Popularity => _popularity;

    /// <summary>Learners' predicted stars for courses; null when the run had too few ratings to fit it.</summary>
    public RatingPredictor? Ratings { get; init; }

    /// <summary>What is popular per platform and daypart (its columns are <see cref="Courses"/>); null when training had no context.</summary>
    public ContextPopularity? Context { get; init; }

    /// <summary>The same model serving <paramref name="ratings"/> too.</summary>
    public RecommenderModel WithRatings(RatingPredictor ratings) => Copy(ratings, Context);

    /// <summary>The same model with <paramref name="context"/>, whose columns must be this model's courses.</summary>
    public RecommenderModel WithContext(ContextPopularity context) =>
        context.CourseCount == Courses.Count
            ? Copy(Ratings, context)
            : throw new ArgumentException("The context popularity has a column per course of another catalogue.", nameof(context));

    public int? CourseIndexOf(string courseKey) => _courseIndex.TryGetValue(courseKey, out var index) ? index : null;

    public bool KnowsUser(string userKey) => _userIndex.ContainsKey(userKey);

    public bool KnowsFeature(string token) => _featureIndex.ContainsKey(token);

    public ReadOnlySpan<float> CourseVector(int course) => _courseVectors.AsSpan(course * Dimension, Dimension);

    /// <summary>The course row without its bias: what course–course similarity compares.</summary>
    public ReadOnlySpan<float> LatentPart(int course) => _courseVectors.AsSpan(course * Dimension, Dimension - 1);

    /// <summary>1 / ‖latent part‖ of each course (0 for a zero vector), for cosine similarity.</summary>
    public float InverseNorm(int course) => _inverseNorms[course];

    /// <summary>The collaborative part of a known user's vector; empty for users not seen in training.</summary>
    public ReadOnlySpan<float> UserIdVector(string userKey) =>
        _userIndex.TryGetValue(userKey, out var index) ? _userIdVectors.AsSpan(index * Dimension, Dimension) : [];

    public ReadOnlySpan<float> FeatureVector(string token) =>
        _featureIndex.TryGetValue(token, out var index) ? _featureVectors.AsSpan(index * Dimension, Dimension) : [];

    /// <summary>The user's unit-length feature values over the tokens this model knows.</summary>
    public WeightedFeature[] ScaledFeatures(UserFeatures user) => FieldValues.UnitLength(user.Tokens(), KnowsFeature);

    /// <summary>Writes the user's serving vector into <paramref name="destination"/> (length <see cref="Dimension"/>).</summary>
    public void WriteUserVector(UserFeatures user, Span<float> destination)
    {
        destination.Clear();
        var idVector = UserIdVector(user.UserKey);
        if (!idVector.IsEmpty)
        {
            idVector.CopyTo(destination);
        }

        foreach (var feature in ScaledFeatures(user))
        {
            TensorPrimitives.MultiplyAdd(FeatureVector(feature.Key), feature.Weight, destination, destination);
        }

        destination[Dimension - 1] = 1f;
    }

    /// <summary>The same model reporting <paramref name="metrics"/> (a trainer measures the model it built).</summary>
    public RecommenderModel WithMetrics(RecommenderMetrics metrics) => new(this, metrics) { Ratings = Ratings, Context = Context };

    private RecommenderModel Copy(RatingPredictor? ratings, ContextPopularity? context) =>
        new(this, Metrics) { Ratings = ratings, Context = context };

    private static void RequireRows(float[] matrix, int rows, int dimension)
    {
        if (matrix.Length != rows * dimension)
        {
            throw new ArgumentException($"Expected {rows} rows of {dimension} values, got {matrix.Length} values.");
        }
    }

    private static Dictionary<string, int> IndexOf(IEnumerable<string> keys) =>
        keys.Select((key, index) => (key, index)).ToDictionary(pair => pair.key, pair => pair.index, StringComparer.Ordinal);
}
