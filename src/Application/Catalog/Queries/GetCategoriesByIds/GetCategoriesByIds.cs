using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCategoriesByIds;

public sealed record GetCategoriesByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CategoryDto>>, IAllowAnonymous;

/// <summary>The same for every caller, so served from the shared catalogue cache, one entry per set of ids.</summary>
internal sealed class GetCategoriesByIdsQueryHandler(IApplicationDbContext db, ICatalogCache cache)
    : IQueryHandler<GetCategoriesByIdsQuery, IReadOnlyDictionary<Guid, CategoryDto>>
{
    private static readonly string[] Tags = [CatalogCacheTags.All, CatalogCacheTags.Categories];

    public ValueTask<IReadOnlyDictionary<Guid, CategoryDto>> Handle(GetCategoriesByIdsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.Ids.Distinct().Order().ToArray();
        return cache.GetOrReadAsync(CatalogCacheKeys.Of("categories-by-id", ids), Tags, read => ReadAsync(ids, read), cancellationToken);
    }

    private async ValueTask<IReadOnlyDictionary<Guid, CategoryDto>> ReadAsync(Guid[] ids, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .ProjectToType<CategoryDto>()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
}
