using KnowledgePay.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sharing.Queries.GetShareFunnelsByIds;

/// <summary>The funnels of the caller's own shares among <see cref="Ids"/>, in three statements; others' shares are left out.</summary>
public sealed record GetShareFunnelsByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, ShareFunnelDto>>;

internal sealed class GetShareFunnelsByIdsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetShareFunnelsByIdsQuery, IReadOnlyDictionary<Guid, ShareFunnelDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, ShareFunnelDto>> Handle(
        GetShareFunnelsByIdsQuery query, CancellationToken cancellationToken)
    {
        var sharerId = user.RequiredId();
        var shareIds = await db.Shares.Where(s => query.Ids.Contains(s.Id) && s.SharerId == sharerId).Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var visits = db.ShareVisits.AsNoTracking().Where(v => shareIds.Contains(v.ShareId));
        var opened = await visits.GroupBy(v => v.ShareId)
            .Select(g => new { ShareId = g.Key, Visits = g.Sum(v => v.OpenCount), Visitors = g.Count() })
            .ToDictionaryAsync(g => g.ShareId, cancellationToken);
        var bought = await visits.FollowedByPurchase(db).GroupBy(v => v.ShareId)
            .Select(g => new { ShareId = g.Key, Buyers = g.Count() })
            .ToDictionaryAsync(g => g.ShareId, g => g.Buyers, cancellationToken);
        return shareIds.ToDictionary(
            id => id,
            id => opened.TryGetValue(id, out var o) ? new ShareFunnelDto(o.Visits, o.Visitors, bought.GetValueOrDefault(id)) : ShareFunnelDto.Empty);
    }
}
