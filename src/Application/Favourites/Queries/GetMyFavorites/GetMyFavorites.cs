using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Favourites;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Favourites.Queries.GetMyFavorites;

/// <summary>The courses the caller keeps in their favourites, most recently added first.</summary>
public sealed record GetMyFavoritesQuery(PageRequest Page, bool IncludeTotalCount = false) : IQuery<Page<FavouriteDto>>;

internal sealed class GetMyFavoritesQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyFavoritesQuery, Page<FavouriteDto>>
{
    private static readonly FilterSchema<Favourite> Filter = new("MyFavorite");
    private static readonly SortSchema<Favourite> Sort = new SortSchema<Favourite>("MyFavorite").Field("createdAt", f => f.CreatedAt);
    private static readonly IReadOnlyList<SortField> NewestFirst = [new("createdAt", SortDirection.Descending)];

    public async ValueTask<Page<FavouriteDto>> Handle(GetMyFavoritesQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        return await db.Favourites.AsNoTracking().Where(f => f.UserId == userId)
            .ToPageAsync(
                new QueryContext<FavouriteDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
                Filter,
                Sort,
                NewestFirst,
                cancellationToken);
    }
}
