using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// Names the strongest contributor to a pick's score. The score splits into the user's collaborative part (their id
/// vector) and one part per profile feature; the largest feature part that the course itself carries (an interest
/// tag or category, a followed creator) explains the pick unless the collaborative part is larger and the user owns
/// courses, in which case the owned course closest to the pick does ("because you took X"). When fresh behaviour
/// (<see cref="FreshBehaviourBlend"/>) adds more than either, the fresh course closest to the pick explains it
/// ("because you viewed X"). A user with none of these gets "popular in #tag".
/// </summary>
internal sealed class ReasonExplainer(RecommenderModel model, UserFeatures user, IReadOnlySet<string> ownedCourses, FreshBehaviourBlend blend)
{
    private readonly WeightedFeature[] _features = model.ScaledFeatures(user);
    private readonly float[] _idVector = model.UserIdVector(user.UserKey).ToArray();
    private readonly int[] _owned = ownedCourses
        .Select(model.CourseIndexOf)
        .OfType<int>()
        .Order()
        .ToArray();

    public RecommendationReason Explain(int course)
    {
        var courseVector = model.CourseVector(course);
        var (strongestFeature, strongestContribution) = StrongestFeature(course, courseVector);
        var collaborative = _idVector.Length == 0 ? 0f : TensorPrimitives.Dot(_idVector, courseVector);
        if (blend.FreshCourses.Count > 0)
        {
            var freshCourses = blend.FreshCourses.Where(fresh => fresh != course).ToArray();
            var freshContribution = blend.Contribution(course);
            if (freshCourses.Length > 0 && freshContribution > blend.KeptShare * Math.Max(Math.Max(strongestContribution, collaborative), 0f))
            {
                return new RecommendationReason(RecommendationReasonKind.BecauseYouViewed, model.Courses[Closest(course, freshCourses)].CourseKey);
            }
        }

        if (_owned.Length > 0 && (strongestFeature is null || collaborative > strongestContribution))
        {
            return new RecommendationReason(RecommendationReasonKind.BecauseYouTook, model.Courses[Closest(course, _owned)].CourseKey);
        }

        if (strongestFeature is null)
        {
            return PopularIn(model.Courses[course]);
        }

        var (kind, key) = FeatureToken.Parse(strongestFeature);
        return kind == FeatureToken.Creator
            ? new RecommendationReason(RecommendationReasonKind.FromCreatorYouFollow, key)
            : new RecommendationReason(RecommendationReasonKind.MatchesYourInterest, strongestFeature);
    }

    /// <summary>The user's feature that adds most to the course's score among those the course carries (none: null, 0).</summary>
    private (string? Feature, float Contribution) StrongestFeature(int course, ReadOnlySpan<float> courseVector)
    {
        if (_features.Length == 0)
        {
            return (null, 0f);
        }

        var courseTokens = model.Courses[course].Tokens().Select(token => token.Key).ToHashSet(StringComparer.Ordinal);
        string? strongestFeature = null;
        var strongestContribution = 0f;
        foreach (var feature in _features)
        {
            var contribution = feature.Weight * TensorPrimitives.Dot(model.FeatureVector(feature.Key), courseVector);
            if (courseTokens.Contains(feature.Key) && contribution > strongestContribution)
            {
                (strongestFeature, strongestContribution) = (feature.Key, contribution);
            }
        }

        return (strongestFeature, strongestContribution);
    }

    public static RecommendationReason PopularIn(CourseFeatures course)
    {
        var subject = course.Tags.Count > 0 ? FeatureToken.Of(FeatureToken.Tag, course.Tags[0])
            : course.Category is not null ? FeatureToken.Of(FeatureToken.Category, course.Category)
            : string.Empty;
        return new RecommendationReason(RecommendationReasonKind.PopularIn, subject);
    }

    private int Closest(int course, int[] candidates)
    {
        var pick = model.LatentPart(course);
        var closest = candidates[0];
        var closestSimilarity = float.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var similarity = TensorPrimitives.Dot(pick, model.LatentPart(candidate)) * model.InverseNorm(candidate);
            if (similarity > closestSimilarity)
            {
                (closest, closestSimilarity) = (candidate, similarity);
            }
        }

        return closest;
    }
}
