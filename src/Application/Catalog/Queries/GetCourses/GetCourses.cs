using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCourses;

/// <summary>Published courses, with an optional case-insensitive text search over title and summary.</summary>
public sealed record GetCoursesQuery(QueryContext<CourseDto> Context, string? Search = null) : IQuery<Page<CourseDto>>, IAllowAnonymous;

internal sealed class GetCoursesQueryHandler(IApplicationDbContext db) : IQueryHandler<GetCoursesQuery, Page<CourseDto>>
{
    public async ValueTask<Page<CourseDto>> Handle(GetCoursesQuery query, CancellationToken cancellationToken)
    {
        var courses = db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published);
        foreach (var term in SearchTerms.Split(query.Search))
        {
            courses = courses.Where(c => c.SearchText.Contains(term));
        }

        return await courses.ToPageAsync(
            query.Context, CourseQuerySchema.Filter, CourseQuerySchema.Sort, CourseQuerySchema.DefaultOrder, cancellationToken);
    }
}
