using KnowledgePay.Application.Recommendations.Queries;
using KnowledgePay.Application.Recommendations.Queries.GetSimilarCourses;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Recommendations;

public sealed class SimilarCoursesByCourseIdLoader(QueryScope scope)
    : BatchLoader<SimilarCoursesKey, IReadOnlyList<RecommendedCourseDto>>(scope, keys => new GetSimilarCoursesQuery(keys));
