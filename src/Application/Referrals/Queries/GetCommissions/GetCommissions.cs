using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Domain.Referrals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Queries.GetCommissions;

/// <summary>A promoter's commissions, newest first, optionally in one state: for the promoter themself and admins.</summary>
public sealed record GetCommissionsQuery(Guid PromoterId, CommissionState? State, PageRequest Page, bool IncludeTotalCount = false)
    : IQuery<Page<CommissionDto>>;

internal sealed class GetCommissionsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetCommissionsQuery, Page<CommissionDto>>
{
    public async ValueTask<Page<CommissionDto>> Handle(GetCommissionsQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCanReadAsync(user, query.PromoterId, cancellationToken);
        var commissions = db.Commissions.AsNoTracking().Where(c => c.PromoterId == query.PromoterId);
        if (query.State is { } state)
        {
            commissions = commissions.Where(c => c.State == state);
        }

        return await commissions.ToPageAsync(
            new QueryContext<CommissionDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
            ReferralPaging.CommissionFilter, ReferralPaging.CommissionSort, ReferralPaging.Newest("createdAt"), cancellationToken);
    }
}
