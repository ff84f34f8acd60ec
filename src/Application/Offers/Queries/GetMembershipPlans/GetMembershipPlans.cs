using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Offers;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Offers.Queries.GetMembershipPlans;

/// <summary>The membership plans on sale, shortest term first, then cheapest.</summary>
public sealed record GetMembershipPlansQuery : IQuery<IReadOnlyList<OfferDto>>, IAllowAnonymous;

internal sealed class GetMembershipPlansQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetMembershipPlansQuery, IReadOnlyList<OfferDto>>
{
    public async ValueTask<IReadOnlyList<OfferDto>> Handle(GetMembershipPlansQuery query, CancellationToken cancellationToken) =>
        await db.Offers.AsNoTracking()
            .Where(o => o.Kind == OfferKind.Membership && o.IsOnSale)
            .OrderBy(o => o.MembershipDays).ThenBy(o => o.ListPrice.AmountFen).ThenBy(o => o.Id)
            .ProjectToType<OfferDto>()
            .ToListAsync(cancellationToken);
}
