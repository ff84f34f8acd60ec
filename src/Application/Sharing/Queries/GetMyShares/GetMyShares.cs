using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sharing.Queries.GetMyShares;

/// <summary>The shares the caller made, newest first; their funnels come per page through <c>GetShareFunnelsByIdsQuery</c>.</summary>
public sealed record GetMySharesQuery(PageRequest Page, bool IncludeTotalCount = false) : IQuery<Page<ShareDto>>;

internal sealed class GetMySharesQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMySharesQuery, Page<ShareDto>>
{
    public async ValueTask<Page<ShareDto>> Handle(GetMySharesQuery query, CancellationToken cancellationToken)
    {
        var sharerId = user.RequiredId();
        return await db.Shares.AsNoTracking().Where(s => s.SharerId == sharerId)
            .ToPageAsync(
                new QueryContext<ShareDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
                MySharesQuerySchema.Filter,
                MySharesQuerySchema.Sort,
                MySharesQuerySchema.NewestFirst,
                cancellationToken);
    }
}
