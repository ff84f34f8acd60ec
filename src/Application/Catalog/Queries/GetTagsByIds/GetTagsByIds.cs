using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetTagsByIds;

public sealed record GetTagsByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, TagDto>>, IAllowAnonymous;

/// <summary>The same for every caller, so served from the shared catalogue cache, one entry per set of ids.</summary>
internal sealed class GetTagsByIdsQueryHandler(IApplicationDbContext db, ICatalogCache cache)
    : IQueryHandler<GetTagsByIdsQuery, IReadOnlyDictionary<Guid, TagDto>>
{
    private static readonly string[] Tags = [CatalogCacheTags.All, CatalogCacheTags.Tags];

    public ValueTask<IReadOnlyDictionary<Guid, TagDto>> Handle(GetTagsByIdsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.Ids.Distinct().Order().ToArray();
        return cache.GetOrReadAsync(CatalogCacheKeys.Of("tags-by-id", ids), Tags, read => ReadAsync(ids, read), cancellationToken);
    }

    private async ValueTask<IReadOnlyDictionary<Guid, TagDto>> ReadAsync(Guid[] ids, CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .ProjectToType<TagDto>()
            .ToDictionaryAsync(t => t.Id, cancellationToken);
}
