using System.Runtime.CompilerServices;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// What a model says before it knows the learner: every course's standardised log popularity, and which courses carry
/// each tag and category token so a learner's stated interests can lift them. Built once per model, on first use.
/// </summary>
internal sealed class PopularityPrior
{
    private static readonly ConditionalWeakTable<RecommenderModel, PopularityPrior> PerModel = [];

    private readonly Dictionary<string, int[]> _coursesByToken;

    private PopularityPrior(RecommenderModel model)
    {
        Popularity = NewLearnerBlend.StandardisedLogPopularity(model.Popularity);
        _coursesByToken = model.Courses
            .SelectMany((course, index) => course.Tokens()
                .Where(token => FeatureToken.Parse(token.Key).Kind is FeatureToken.Tag or FeatureToken.Category)
                .Select(token => (token.Key, Course: index)))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Course).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The model's popularity as <see cref="NewLearnerBlend.StandardisedLogPopularity"/> gives it.</summary>
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
}
