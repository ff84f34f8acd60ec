using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.GroupBuying;
using Mediator;

namespace KnowledgePay.Application.GroupBuying.Queries.GetOpenGroupBuysByDealIds;

/// <summary>Each deal's groups that one may still join (open, in time, with a free seat), oldest first, at most <see cref="MaxPerDeal"/>.</summary>
public sealed record GetOpenGroupBuysByDealIdsQuery(IReadOnlyCollection<Guid> DealIds)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<GroupBuyDto>>>, IAllowAnonymous
{
    public const int MaxPerDeal = 20;
}

internal sealed class GetOpenGroupBuysByDealIdsQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetOpenGroupBuysByDealIdsQuery, IReadOnlyDictionary<Guid, IReadOnlyList<GroupBuyDto>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<GroupBuyDto>>> Handle(
        GetOpenGroupBuysByDealIdsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dealIds = query.DealIds.ToList();
        var groups = await db.GroupBuyDtosAsync(
            db.GroupBuys.Where(g => dealIds.Contains(g.DealId) && g.Status == GroupBuyStatus.Open && g.ExpiresAt > now && g.SeatsTaken < g.Size),
            cancellationToken);
        return groups.GroupBy(g => g.DealId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<GroupBuyDto>)[.. g.Take(GetOpenGroupBuysByDealIdsQuery.MaxPerDeal)]);
    }
}
