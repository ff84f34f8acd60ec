using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Pricing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons;

/// <summary>
/// Resolves what a buyer typed as a coupon: the code of one of their copies (<c>UserCoupon.code</c>, its id), or a
/// coupon's public code such as WELCOME10. A public code uses the buyer's earliest-ending usable copy of that coupon;
/// without one it claims a copy, subject to stock, per-user limit and validity. That claim is only added to the context,
/// never saved here: a quote (which never saves) only learns that the claim would succeed, while createOrder saves the
/// claim with the order and its lock in one transaction, so a failed order claims nothing.
/// </summary>
internal sealed class CouponTermsSource(IApplicationDbContext db) : ICouponTermsSource
{
    public async Task<CouponTerms> ResolveAsync(Guid userId, string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var copy = Guid.TryParse(trimmed, out var id)
            ? await db.UserCoupons.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw CouponErrors.Unknown()
            : null;
        copy?.EnsureUsableBy(userId, now);
        var typed = CouponCodes.Normalize(trimmed);
        var coupon = copy is null
            ? await db.Coupons.SingleOrDefaultAsync(c => c.Code == typed, cancellationToken) ?? throw CouponErrors.Unknown()
            : await db.Coupons.SingleAsync(c => c.Id == copy.CouponId, cancellationToken);

        if (coupon.Kind == CouponKind.NewcomerAmountOff && await db.HasPaidBeforeAsync(userId, cancellationToken))
        {
            throw CouponErrors.NewcomerOnly();
        }

        copy ??= await CopyForCodeAsync(coupon, userId, now, cancellationToken);
        copy.EnsureUsableBy(userId, now);
        return coupon.TermsFor(copy.Id);
    }

    /// <summary>The earliest-ending usable copy the buyer holds, else a new claim; at the limit, why their last copy is unusable.</summary>
    private async Task<UserCoupon> CopyForCodeAsync(Coupon coupon, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var held = await db.UserCoupons.Where(u => u.CouponId == coupon.Id && u.UserId == userId).ToListAsync(cancellationToken);
        var usable = held
            .Where(u => u.Status == UserCouponStatus.Available && u.ValidFrom <= now && !u.IsExpired(now))
            .MinBy(u => u.ValidUntil);
        if (usable is not null)
        {
            return usable;
        }

        if (held.Count >= coupon.PerUserLimit)
        {
            held.MaxBy(u => u.ClaimedAt)!.EnsureUsableBy(userId, now);
        }

        var claimed = coupon.Claim(userId, held.Count, now);
        db.UserCoupons.Add(claimed);
        return claimed;
    }
}
