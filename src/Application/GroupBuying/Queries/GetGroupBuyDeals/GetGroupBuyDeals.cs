using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.Queries.GetGroupBuyDeals;

/// <summary>The deals running now or scheduled, soonest ending first; of one course or offer when <see cref="OfferId"/> is set.</summary>
public sealed record GetGroupBuyDealsQuery(Guid? OfferId) : IQuery<IReadOnlyList<GroupBuyDealDto>>, IAllowAnonymous;

internal sealed class GetGroupBuyDealsQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetGroupBuyDealsQuery, IReadOnlyList<GroupBuyDealDto>>
{
    /// <summary>An operator runs a handful of deals at a time; the list is capped rather than paged.</summary>
    public const int MaxDeals = 50;

    public async ValueTask<IReadOnlyList<GroupBuyDealDto>> Handle(GetGroupBuyDealsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.GroupBuyDeals.AsNoTracking()
            .Where(d => d.EndedEarlyAt == null && d.EndsAt > now)
            .Where(d => query.OfferId == null || d.OfferId == query.OfferId)
            .OrderBy(d => d.EndsAt).ThenBy(d => d.Id)
            .Take(MaxDeals)
            .ProjectToType<GroupBuyDealDto>()
            .ToListAsync(cancellationToken);
    }
}
