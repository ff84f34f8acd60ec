using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// One list to build. <paramref name="OwnedCourses"/> are never recommended and explain picks ("because you took X");
/// <paramref name="ExcludedCourses"/> (unpublished, archived…) and courses failing <paramref name="IsEligible"/> (a
/// context such as one category) are skipped. At most <paramref name="MaxPerCategory"/> courses of one category make
/// the list while other categories still have candidates. <see cref="FreshCourses"/> are what the user did since the
/// model was trained, weighted by kind and recency, which <see cref="FreshBehaviourBlend"/> turns the list towards.
/// </summary>
public sealed record RecommendationRequest(
    UserFeatures User,
    int Count,
    IReadOnlySet<string> OwnedCourses,
    IReadOnlySet<string> ExcludedCourses,
    int MaxPerCategory,
    Predicate<CourseFeatures>? IsEligible = null)
{
    /// <summary>Course keys with the weight of the user's behaviour on them that the model has not seen yet.</summary>
    public IReadOnlyList<WeightedFeature> FreshCourses { get; init; } = [];

    /// <summary>The share of the user vector handed to <see cref="FreshCourses"/> when there are any.</summary>
    public float FreshShare { get; init; } = FreshBehaviourBlend.DefaultShare;

    /// <summary>
    /// How many courses the learner has interacted with; when set, <see cref="NewLearnerBlend"/> blends the model's scores
    /// with the popularity prior by it. Null serves the model's scores alone.
    /// </summary>
    public int? InteractionCount { get; init; }

    /// <summary>The platform and daypart of the request, which the new-learner blend's prior leans towards.</summary>
    public ServingContext Context { get; init; } = ServingContext.None;

    /// <summary>The shrinkage and interest weight of the new-learner blend.</summary>
    public NewLearnerBlend NewLearnerBlend { get; init; } = NewLearnerBlend.Default;

    /// <summary>Whether the course may make the list at all (before scores and diversity).</summary>
    public bool Admits(CourseFeatures course) =>
        !OwnedCourses.Contains(course.CourseKey)
        && !ExcludedCourses.Contains(course.CourseKey)
        && (IsEligible is null || IsEligible(course));
}
