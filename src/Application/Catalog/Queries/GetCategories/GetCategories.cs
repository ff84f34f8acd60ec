using KnowledgePay.Application.Catalog.Caching;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCategories;

/// <summary>Every category in display order (a short list: the mini program's category bar).</summary>
public sealed record GetCategoriesQuery : IQuery<IReadOnlyList<CategoryDto>>, IAllowAnonymous;

/// <summary>The same for every caller, so served from the shared catalogue cache.</summary>
internal sealed class GetCategoriesQueryHandler(IApplicationDbContext db, ICatalogCache cache)
    : IQueryHandler<GetCategoriesQuery, IReadOnlyList<CategoryDto>>
{
    private static readonly string[] Tags = [CatalogCacheTags.All, CatalogCacheTags.Categories];

    public ValueTask<IReadOnlyList<CategoryDto>> Handle(GetCategoriesQuery query, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(CatalogCacheKeys.Of("categories", query), Tags, ReadAsync, cancellationToken);

    private async ValueTask<IReadOnlyList<CategoryDto>> ReadAsync(CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .OrderBy(c => c.Position)
            .ThenBy(c => c.Name)
            .ProjectToType<CategoryDto>()
            .ToListAsync(cancellationToken);
}
