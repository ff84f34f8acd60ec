using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Domain.Learning;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.Queries.GetMyCourses;

/// <summary>
/// The caller's active enrollments (not revoked, not expired), newest first: the courses they own. Courses a membership
/// opens are not listed here (an all-courses plan would list the whole catalogue); the viewer reaches them through
/// <c>myMembership</c> and the catalogue, where <c>viewerAccess.canOpen</c> says they may open them.
/// </summary>
public sealed record GetMyCoursesQuery(PageRequest Page, bool IncludeTotalCount = false) : IQuery<Page<EnrollmentDto>>;

internal sealed class GetMyCoursesQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetMyCoursesQuery, Page<EnrollmentDto>>
{
    public async ValueTask<Page<EnrollmentDto>> Handle(GetMyCoursesQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        return await db.Enrollments.AsNoTracking().ActiveFor(userId, clock.GetUtcNow())
            .ToPageAsync(
                new QueryContext<EnrollmentDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
                MyCoursesQuerySchema.Filter,
                MyCoursesQuerySchema.Sort,
                MyCoursesQuerySchema.NewestFirst,
                cancellationToken);
    }
}
