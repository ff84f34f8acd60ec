using KnowledgePay.Application.Profiles.Queries;
using KnowledgePay.Application.Profiles.Queries.GetCourseContentProfiles;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Profiles;

public sealed class CourseContentProfileByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, CourseContentProfileDto>(scope, ids => new GetCourseContentProfilesQuery(ids));
