using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.Queries.GetUserCoupon;

/// <summary>One coupon copy, for its holder or an admin; null for anyone else, as for a missing one.</summary>
public sealed record GetUserCouponQuery(Guid UserCouponId) : IQuery<UserCouponDto?>;

internal sealed class GetUserCouponQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetUserCouponQuery, UserCouponDto?>
{
    public async ValueTask<UserCouponDto?> Handle(GetUserCouponQuery query, CancellationToken cancellationToken)
    {
        var copies = db.UserCoupons.AsNoTracking().Where(u => u.Id == query.UserCouponId);
        if (!user.IsInRole(Role.Admin))
        {
            var userId = user.RequiredId();
            copies = copies.Where(u => u.UserId == userId);
        }

        return (await copies.ProjectToType<UserCouponDto>().SingleOrDefaultAsync(cancellationToken))?.AsOf(clock.GetUtcNow());
    }
}
