using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.Queries.GetCouponsByIds;

/// <summary>Coupons by id, for the loader behind <c>UserCoupon.coupon</c> and <c>node</c>; codes only for admins.</summary>
public sealed record GetCouponsByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CouponDto>>, IAllowAnonymous;

internal sealed class GetCouponsByIdsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetCouponsByIdsQuery, IReadOnlyDictionary<Guid, CouponDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CouponDto>> Handle(GetCouponsByIdsQuery query, CancellationToken cancellationToken) =>
        (await db.Coupons.AsNoTracking()
            .Where(c => query.Ids.Contains(c.Id))
            .ProjectToType<CouponDto>()
            .ToListAsync(cancellationToken))
        .ToDictionary(c => c.Id, c => c.VisibleTo(user));
}
