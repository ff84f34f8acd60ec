namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// <see cref="RecommendationRequest.Admits"/> by model index, for the selection pass: owned and excluded courses are
/// looked up once per request, so a check reads a small set of indexes instead of the course's key, which at
/// catalogue scale is a cache miss per check. Only a request with <see cref="RecommendationRequest.IsEligible"/>
/// still reads the course.
/// </summary>
internal sealed class AdmittedCourses(RecommenderModel model, RecommendationRequest request)
{
    private readonly HashSet<int> _refused =
        [.. request.OwnedCourses.Concat(request.ExcludedCourses).Select(model.CourseIndexOf).OfType<int>()];

    public bool Contains(int course) =>
        !_refused.Contains(course) && (request.IsEligible is null || request.IsEligible(model.Courses[course]));
}
