using KnowledgePay.Application.Recommendations.Training;

namespace KnowledgePay.Application.Recommendations.Serving;

/// <summary>
/// One list to build. <paramref name="OwnedCourses"/> are never recommended and explain picks ("because you took X");
/// <paramref name="ExcludedCourses"/> (unpublished, archived…) and courses failing <paramref name="IsEligible"/> (a
/// context such as one category) are skipped. At most <paramref name="MaxPerCategory"/> courses of one category make
/// the list while other categories still have candidates.
/// </summary>
public sealed record RecommendationRequest(
    UserFeatures User,
    int Count,
    IReadOnlySet<string> OwnedCourses,
    IReadOnlySet<string> ExcludedCourses,
    int MaxPerCategory,
    Predicate<CourseFeatures>? IsEligible = null)
{
    /// <summary>Whether the course may make the list at all (before scores and diversity).</summary>
    public bool Admits(CourseFeatures course) =>
        !OwnedCourses.Contains(course.CourseKey)
        && !ExcludedCourses.Contains(course.CourseKey)
        && (IsEligible is null || IsEligible(course));
}
