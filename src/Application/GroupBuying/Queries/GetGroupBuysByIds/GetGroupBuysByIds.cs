using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.GroupBuying.Queries.GetGroupBuysByIds;

/// <summary>Groups by id, for anyone: a group link is shared to recruit members, and shows no member's identity.</summary>
public sealed record GetGroupBuysByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, GroupBuyDto>>, IAllowAnonymous;

internal sealed class GetGroupBuysByIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetGroupBuysByIdsQuery, IReadOnlyDictionary<Guid, GroupBuyDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, GroupBuyDto>> Handle(GetGroupBuysByIdsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.Ids.ToList();
        var groups = await db.GroupBuyDtosAsync(db.GroupBuys.Where(g => ids.Contains(g.Id)), cancellationToken);
        return groups.ToDictionary(g => g.Id);
    }
}
