using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.EventHandlers;

/// <summary>
/// A campaign's treated user gets a copy of its coupon, after commit, as <c>issueCoupon</c> hands one out: through
/// <see cref="Domain.Coupons.Coupon.Claim"/>, counted against the stock under the coupon's version (a lost race is
/// retried by the outbox). Once per campaign and user: the campaign raises the request once, and the outbox records
/// this handler's save with the event. A coupon whose rules refuse the claim (ended, expired, out of stock, the user at
/// the per-user limit) hands out nothing, as issueCoupon skips such users.
/// </summary>
internal sealed class IssueCouponWhenCampaignRequestsIt(IApplicationDbContext db, TimeProvider clock)
    : IAfterCommitHandler<CampaignCouponRequestedEvent>
{
    public async ValueTask HandleAsync(CampaignCouponRequestedEvent domainEvent, CancellationToken cancellationToken)
    {
        var coupon = await db.Coupons.SingleOrDefaultAsync(c => c.Id == domainEvent.CouponId, cancellationToken);
        if (coupon is null)
        {
            return;
        }

        var held = await db.UserCoupons.CountAsync(u => u.CouponId == coupon.Id && u.UserId == domainEvent.UserId, cancellationToken);
        try
        {
            db.UserCoupons.Add(coupon.Claim(domainEvent.UserId, held, clock.GetUtcNow()));
        }
        catch (DomainException)
        {
            // Refused by the coupon's own rules: this user gets nothing, like a user issueCoupon skips.
        }
    }
}
