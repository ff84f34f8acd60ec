using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCreatorsByIds;

public sealed record GetCreatorsByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CreatorDto>>, IAllowAnonymous;

/// <summary>The same for every caller, so served from the shared catalogue cache, one entry per set of ids.</summary>
internal sealed class GetCreatorsByIdsQueryHandler(IApplicationDbContext db, ICatalogCache cache)
    : IQueryHandler<GetCreatorsByIdsQuery, IReadOnlyDictionary<Guid, CreatorDto>>
{
    private static readonly string[] Tags = [CatalogCacheTags.All, CatalogCacheTags.Creators];

    public ValueTask<IReadOnlyDictionary<Guid, CreatorDto>> Handle(GetCreatorsByIdsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.Ids.Distinct().Order().ToArray();
        return cache.GetOrReadAsync(CatalogCacheKeys.Of("creators-by-id", ids), Tags, read => ReadAsync(ids, read), cancellationToken);
    }

    private async ValueTask<IReadOnlyDictionary<Guid, CreatorDto>> ReadAsync(Guid[] ids, CancellationToken cancellationToken) =>
        await db.Creators.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .ProjectToType<CreatorDto>()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
}
