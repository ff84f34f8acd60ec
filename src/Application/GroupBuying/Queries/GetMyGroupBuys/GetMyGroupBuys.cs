using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.GroupBuying;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.Queries.GetMyGroupBuys;

/// <summary>The caller's seats in groups, newest first, whatever became of them.</summary>
public sealed record GetMyGroupBuysQuery(PageRequest Page, bool IncludeTotalCount = false) : IQuery<Page<MyGroupBuyDto>>;

internal sealed class GetMyGroupBuysQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyGroupBuysQuery, Page<MyGroupBuyDto>>
{
    private static readonly FilterSchema<GroupBuyMember> Filter = new("MyGroupBuy");

    private static readonly SortSchema<GroupBuyMember> Sort = new SortSchema<GroupBuyMember>("MyGroupBuy").Field("joinedAt", m => m.JoinedAt);

    private static readonly IReadOnlyList<SortField> NewestFirst = [new("joinedAt", SortDirection.Descending)];

    public async ValueTask<Page<MyGroupBuyDto>> Handle(GetMyGroupBuysQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        return await db.GroupBuyMembers.AsNoTracking().Where(m => m.UserId == userId)
            .ToPageAsync(
                new QueryContext<MyGroupBuyDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
                Filter,
                Sort,
                NewestFirst,
                cancellationToken);
    }
}
