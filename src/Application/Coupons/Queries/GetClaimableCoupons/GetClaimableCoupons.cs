using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Coupons;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.Queries.GetClaimableCoupons;

/// <summary>
/// Anyone: the listed coupons that can be claimed now (active, in stock, not past their window), newest first; for a
/// signed-in user, without those they already hold as many copies of as allowed.
/// </summary>
public sealed record GetClaimableCouponsQuery(QueryContext<CouponDto> Context) : IQuery<Page<CouponDto>>, IAllowAnonymous;

internal sealed class GetClaimableCouponsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetClaimableCouponsQuery, Page<CouponDto>>
{
    public async ValueTask<Page<CouponDto>> Handle(GetClaimableCouponsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var coupons = db.Coupons.AsNoTracking().Where(c =>
            c.Status == CouponStatus.Active && c.IsPublic && c.ClaimedCount < c.TotalStock && (c.ValidUntil == null || c.ValidUntil > now));
        if (user.Id is { } userId)
        {
            coupons = coupons.Where(c => db.UserCoupons.Count(u => u.CouponId == c.Id && u.UserId == userId) < c.PerUserLimit);
        }

        var page = await coupons.ToPageAsync(
            query.Context, CouponQuerySchema.ClaimableFilter, CouponQuerySchema.Sort, CouponQuerySchema.DefaultOrder, cancellationToken);
        return page.VisibleTo(user);
    }
}
