using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetManagedCourses;

/// <summary>The courses the caller manages in every status, drafts included: a creator's own, or all for an admin.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record GetManagedCoursesQuery(QueryContext<CourseDto> Context, string? Search = null) : IQuery<Page<CourseDto>>;

internal sealed class GetManagedCoursesQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetManagedCoursesQuery, Page<CourseDto>>
{
    public async ValueTask<Page<CourseDto>> Handle(GetManagedCoursesQuery query, CancellationToken cancellationToken)
    {
        var courses = db.Courses.AsNoTracking();
        if (!user.IsInRole(Role.Admin))
        {
            var creatorId = await db.OwnCreatorIdAsync(user, cancellationToken);
            courses = courses.Where(c => c.CreatorId == creatorId);
        }

        foreach (var term in SearchTerms.Split(query.Search))
        {
            courses = courses.Where(c => c.SearchText.Contains(term));
        }

        return await courses.ToPageAsync(
            query.Context, CourseQuerySchema.ManagedFilter, CourseQuerySchema.Sort, CourseQuerySchema.ManagedDefaultOrder, cancellationToken);
    }
}
