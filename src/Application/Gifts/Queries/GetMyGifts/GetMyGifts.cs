using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Gifts.Queries.GetMyGifts;

/// <summary>The gifts the caller bought, newest first, with the codes to share.</summary>
public sealed record GetMyGiftsQuery(PageRequest Page, bool IncludeTotalCount = false) : IQuery<Page<GiftDto>>;

internal sealed class GetMyGiftsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyGiftsQuery, Page<GiftDto>>
{
    public async ValueTask<Page<GiftDto>> Handle(GetMyGiftsQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        return await db.Gifts.AsNoTracking().Where(g => g.BuyerId == userId)
            .ToPageAsync(
                new QueryContext<GiftDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
                MyGiftsQuerySchema.Filter,
                MyGiftsQuerySchema.Sort,
                MyGiftsQuerySchema.NewestFirst,
                cancellationToken);
    }
}
