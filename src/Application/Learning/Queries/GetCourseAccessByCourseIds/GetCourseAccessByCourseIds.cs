using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.Learning.Queries.GetCourseAccessByCourseIds;

/// <summary>The caller's standing in each course; empty for an anonymous caller, who has none.</summary>
public sealed record GetCourseAccessByCourseIdsQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, CourseAccessDto>>, IAllowAnonymous;

internal sealed class GetCourseAccessByCourseIdsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCourseAccessByCourseIdsQuery, IReadOnlyDictionary<Guid, CourseAccessDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CourseAccessDto>> Handle(
        GetCourseAccessByCourseIdsQuery query, CancellationToken cancellationToken) =>
        user.Id is { } userId
            ? await db.StandingInCoursesAsync(userId, query.CourseIds, clock.GetUtcNow(), cancellationToken)
            : new Dictionary<Guid, CourseAccessDto>();
}
