using KnowledgePay.Application.Catalog.Caching;
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

/// <summary>The page is the same for every caller, so it is served from the shared catalogue cache.</summary>
internal sealed class GetCoursesQueryHandler(IApplicationDbContext db, ICatalogCache cache) : IQueryHandler<GetCoursesQuery, Page<CourseDto>>
{
    private static readonly string[] Tags = [CatalogCacheTags.All, CatalogCacheTags.Lists];

    public ValueTask<Page<CourseDto>> Handle(GetCoursesQuery query, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(CatalogCacheKeys.Of("courses", query), Tags, read => ReadAsync(query, read), cancellationToken);

    private async ValueTask<Page<CourseDto>> ReadAsync(GetCoursesQuery query, CancellationToken cancellationToken)
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
