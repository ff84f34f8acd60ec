using KnowledgePay.Application.Recommendations.Queries;
using KnowledgePay.Application.Recommendations.Queries.GetPredictedRatingsByCourseIds;
using KnowledgePay.Application.Recommendations.Queries.GetSimilarCourses;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Recommendations;

public sealed class SimilarCoursesByCourseIdLoader(QueryScope scope)
    : BatchLoader<SimilarCoursesKey, IReadOnlyList<RecommendedCourseDto>>(scope, keys => new GetSimilarCoursesQuery(keys));

/// <summary>The caller's predicted stars for courses, from the served model.</summary>
public sealed class PredictedRatingByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, float?>(scope, ids => new GetPredictedRatingsByCourseIdsQuery(ids));
