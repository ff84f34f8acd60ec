using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.Application.Learning.Queries.GetCourseAccessByCourseIds;
using KnowledgePay.Application.Learning.Queries.GetLessonContentsByIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Learning;

/// <summary>
/// The caller's view of lessons' paid content; one batch serves locked, body and media of every lesson of a level. The
/// key says whether the body is served, since serving it records the lesson as opened.
/// </summary>
public sealed class LessonContentByIdLoader(QueryScope scope)
    : BatchLoader<LessonContentRequest, LessonContentDto>(scope, requests => new GetLessonContentsByIdsQuery(requests));

/// <summary>The caller's standing (enrollment, progress) in courses.</summary>
public sealed class CourseAccessByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, CourseAccessDto>(scope, ids => new GetCourseAccessByCourseIdsQuery(ids));
