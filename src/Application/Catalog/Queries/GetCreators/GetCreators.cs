using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCreators;

public sealed record GetCreatorsQuery(QueryContext<CreatorDto> Context) : IQuery<Page<CreatorDto>>, IAllowAnonymous;

/// <summary>The page is the same for every caller, so it is served from the shared catalogue cache.</summary>
internal sealed class GetCreatorsQueryHandler(IApplicationDbContext db, ICatalogCache cache) : IQueryHandler<GetCreatorsQuery, Page<CreatorDto>>
{
    private static readonly string[] Tags = [CatalogCacheTags.All, CatalogCacheTags.Creators];

    public ValueTask<Page<CreatorDto>> Handle(GetCreatorsQuery query, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(CatalogCacheKeys.Of("creators", query), Tags, read => ReadAsync(query, read), cancellationToken);

    private async ValueTask<Page<CreatorDto>> ReadAsync(GetCreatorsQuery query, CancellationToken cancellationToken) =>
        await db.Creators.AsNoTracking().ToPageAsync(
            query.Context, CreatorQuerySchema.Filter, CreatorQuerySchema.Sort, CreatorQuerySchema.DefaultOrder, cancellationToken);
}
