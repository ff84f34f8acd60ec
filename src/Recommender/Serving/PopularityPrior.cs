using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// What a model says before it knows the learner: every course's standardised log popularity, and which courses carry
/// each tag and category token so a learner's stated interests can lift them, and the model's
/// <see cref="ContextPopularity"/> on the same scale. Built once per model, on first use.
/// </summary>
internal sealed class PopularityPrior
{
    private static readonly ConditionalWeakTable<RecommenderModel, PopularityPrior> PerModel = [];

    private readonly Dictionary<string, int[]> _coursesByToken;
    private readonly ContextPopularity? _context;
    private readonly float _logPopularityDeviation;

    private PopularityPrior(RecommenderModel model)
    {
        Popularity = NewLearnerBlend.StandardisedLogPopularity(model.Popularity, out var deviation);
        _context = model.Context;
        // Flat popularity standardises to 0; the lifts then keep their own scale.
        _logPopularityDeviation = deviation > 0f ? deviation : 1f;
        _coursesByToken = model.Courses
            .SelectMany((course, index) => course.Tokens()
                .Where(token => FeatureToken.Parse(token.Key).Kind is FeatureToken.Tag or FeatureToken.Category)
                .Select(token => (token.Key, Course: index)))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Course).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The model's popularity as <see cref="NewLearnerBlend.StandardisedLogPopularity(ReadOnlySpan{float})"/> gives it.</summary>
    public float[] Popularity { get; }

    public static PopularityPrior Of(RecommenderModel model) => PerModel.GetValue(model, static model => new PopularityPrior(model));

    /// <summary>
    /// Adds <paramref name="weight"/> × the learner's unit-length interest weight of every tag and category a course
    /// carries to <paramref name="scores"/>: a course matching the learner's only interest gains <paramref name="weight"/>.
    /// </summary>
    public void AddInterestMatch(UserFeatures user, float weight, Span<float> scores)
    {
        var interests = FieldValues.UnitLength(
            user.Tokens().Where(token => FeatureToken.Parse(token.Key).Kind is FeatureToken.Tag or FeatureToken.Category),
            _coursesByToken.ContainsKey);
        foreach (var interest in interests)
        {
            foreach (var course in _coursesByToken[interest.Key])
            {
                scores[course] += weight * interest.Weight;
            }
        }
    }

    /// <summary>
    /// Adds <paramref name="weight"/> × each of the context's lifts, divided by the standard deviation of log popularity:
    /// with weight 1 the standardised log popularity becomes, up to a constant, that of the learners in the context.
    /// </summary>
    public void AddContextLift(ServingContext context, float weight, Span<float> scores)
    {
        if (_context is null || weight == 0f)
        {
            return;
        }

        foreach (var token in context.Tokens())
        {
            var lifts = _context.LiftsOf(token);
            if (!lifts.IsEmpty)
            {
                TensorPrimitives.MultiplyAdd(lifts, weight / _logPopularityDeviation, scores, scores);
            }
        }
    }
}
