using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Referrals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Queries.GetPromoters;

/// <summary>Admins: the promoters, newest first, optionally in one status (e.g. Applied, to approve).</summary>
[RequiresRole(Role.Admin)]
public sealed record GetPromotersQuery(PromoterStatus? Status, PageRequest Page, bool IncludeTotalCount = false) : IQuery<Page<PromoterDto>>;

internal sealed class GetPromotersQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPromotersQuery, Page<PromoterDto>>
{
    public async ValueTask<Page<PromoterDto>> Handle(GetPromotersQuery query, CancellationToken cancellationToken)
    {
        var promoters = db.Promoters.AsNoTracking();
        if (query.Status is { } status)
        {
            promoters = promoters.Where(p => p.Status == status);
        }

        return await promoters.ToPageAsync(
            new QueryContext<PromoterDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
            ReferralPaging.PromoterFilter, ReferralPaging.PromoterSort, ReferralPaging.Newest("createdAt"), cancellationToken);
    }
}
