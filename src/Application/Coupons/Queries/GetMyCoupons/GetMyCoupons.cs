using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Domain.Coupons;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.Queries.GetMyCoupons;

/// <summary>The caller's coupon copies, newest claim first, optionally only those in one <see cref="UserCouponState"/>.</summary>
public sealed record GetMyCouponsQuery(UserCouponState? State, QueryContext<UserCouponDto> Context) : IQuery<Page<UserCouponDto>>;

internal sealed class GetMyCouponsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetMyCouponsQuery, Page<UserCouponDto>>
{
    public async ValueTask<Page<UserCouponDto>> Handle(GetMyCouponsQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var now = clock.GetUtcNow();
        var copies = db.UserCoupons.AsNoTracking().Where(u => u.UserId == userId);
        copies = query.State switch
        {
            UserCouponState.Available => copies.Where(u => u.Status == UserCouponStatus.Available && u.ValidUntil > now),
            UserCouponState.Expired => copies.Where(u => u.Status == UserCouponStatus.Available && u.ValidUntil <= now),
            UserCouponState.Locked => copies.Where(u => u.Status == UserCouponStatus.Locked),
            UserCouponState.Used => copies.Where(u => u.Status == UserCouponStatus.Used),
            _ => copies,
        };
        var page = await copies.ToPageAsync(
            query.Context, CouponQuerySchema.MyFilter, CouponQuerySchema.MySort, CouponQuerySchema.MyDefaultOrder, cancellationToken);
        return page.AsOf(now);
    }
}
