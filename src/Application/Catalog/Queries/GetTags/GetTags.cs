using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetTags;

public sealed record GetTagsQuery(QueryContext<TagDto> Context) : IQuery<Page<TagDto>>, IAllowAnonymous;

/// <summary>The page is the same for every caller, so it is served from the shared catalogue cache.</summary>
internal sealed class GetTagsQueryHandler(IApplicationDbContext db, ICatalogCache cache) : IQueryHandler<GetTagsQuery, Page<TagDto>>
{
    private static readonly string[] Tags = [CatalogCacheTags.All, CatalogCacheTags.Tags];

    public ValueTask<Page<TagDto>> Handle(GetTagsQuery query, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(CatalogCacheKeys.Of("tags", query), Tags, read => ReadAsync(query, read), cancellationToken);

    private async ValueTask<Page<TagDto>> ReadAsync(GetTagsQuery query, CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking().ToPageAsync(
            query.Context, TagQuerySchema.Filter, TagQuerySchema.Sort, TagQuerySchema.DefaultOrder, cancellationToken);
}
