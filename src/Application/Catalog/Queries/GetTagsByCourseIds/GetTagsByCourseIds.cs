using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetTagsByCourseIds;

/// <summary>Each course's tags, ordered by name; one statement for any number of courses.</summary>
public sealed record GetTagsByCourseIdsQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<TagDto>>>, IAllowAnonymous;

/// <summary>
/// The same for every caller, so served from the shared catalogue cache, one entry per set of courses: removed when a tag
/// changes or when one of the courses is retagged.
/// </summary>
internal sealed class GetTagsByCourseIdsQueryHandler(IApplicationDbContext db, ICatalogCache cache)
    : IQueryHandler<GetTagsByCourseIdsQuery, IReadOnlyDictionary<Guid, IReadOnlyList<TagDto>>>
{
    public ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<TagDto>>> Handle(
        GetTagsByCourseIdsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.CourseIds.Distinct().Order().ToArray();
        return cache.GetOrReadAsync(
            CatalogCacheKeys.Of("tags-by-course", ids),
            ids.Select(CatalogCacheTags.Course).Append(CatalogCacheTags.All).Append(CatalogCacheTags.Tags),
            read => ReadAsync(ids, read),
            cancellationToken);
    }

    private async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<TagDto>>> ReadAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var rows = await (
                from course in db.Courses.AsNoTracking()
                where ids.Contains(course.Id)
                from courseTag in course.Tags
                join tag in db.Tags on courseTag.TagId equals tag.Id
                orderby tag.Name
                select new { course.Id, Tag = new TagDto { Id = tag.Id, Name = tag.Name, Slug = tag.Slug } })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TagDto>)[.. g.Select(r => r.Tag)]);
    }
}
