using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCoursesByIds;

/// <summary>Courses a learner can look up by id: published ones and archived ones (bought courses stay visible).</summary>
public sealed record GetCoursesByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CourseDto>>, IAllowAnonymous;

/// <summary>The same for every caller, so served from the shared catalogue cache, one entry per set of ids.</summary>
internal sealed class GetCoursesByIdsQueryHandler(IApplicationDbContext db, ICatalogCache cache)
    : IQueryHandler<GetCoursesByIdsQuery, IReadOnlyDictionary<Guid, CourseDto>>
{
    public ValueTask<IReadOnlyDictionary<Guid, CourseDto>> Handle(GetCoursesByIdsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.Ids.Distinct().Order().ToArray();
        return cache.GetOrReadAsync(
            CatalogCacheKeys.Of("courses-by-id", ids),
            ids.Select(CatalogCacheTags.Course).Append(CatalogCacheTags.All),
            read => ReadAsync(ids, read),
            cancellationToken);
    }

    private async ValueTask<IReadOnlyDictionary<Guid, CourseDto>> ReadAsync(Guid[] ids, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.Status != CourseStatus.Draft)
            .ProjectToType<CourseDto>()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
}
