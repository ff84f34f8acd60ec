using KnowledgePay.Application.Analytics.Courses;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Analytics.Courses;

public sealed class LessonDropOffsByCourseLoader(QueryScope scope)
    : BatchLoader<CourseInRange, IReadOnlyList<LessonDropOffDto>>(scope, courses => new GetLessonDropOffsQuery(courses));
