using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons;

/// <summary>The reads every way of getting or using a coupon shares.</summary>
internal static class CouponReads
{
    /// <summary>The tracked coupon a command names; <see cref="NotFoundException"/> when there is none.</summary>
    public static async Task<Coupon> CouponAsync(this IApplicationDbContext db, Guid couponId, CancellationToken cancellationToken) =>
        await db.Coupons.SingleOrDefaultAsync(c => c.Id == couponId, cancellationToken)
        ?? throw new NotFoundException(nameof(Coupon), couponId);

    /// <summary>How many copies of the coupon the user holds, in any state: the per-user limit counts them all.</summary>
    public static Task<int> HeldByAsync(this IApplicationDbContext db, Guid couponId, Guid userId, CancellationToken cancellationToken) =>
        db.UserCoupons.CountAsync(u => u.CouponId == couponId && u.UserId == userId, cancellationToken);

    /// <summary>新人券: whether the buyer has ever paid for an order (refunded ones included).</summary>
    public static Task<bool> HasPaidBeforeAsync(this IApplicationDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Orders.AnyAsync(
            o => o.UserId == userId
                && (o.Status == OrderStatus.Paid || o.Status == OrderStatus.PartiallyRefunded || o.Status == OrderStatus.Refunded),
            cancellationToken);

    /// <summary>The tracked copy an order event names: found in the change tracker first, so a copy claimed in the same save counts.</summary>
    public static async Task<UserCoupon?> TrackedCopyAsync(this IApplicationDbContext db, Guid? userCouponId, CancellationToken cancellationToken) =>
        userCouponId is { } id ? await db.UserCoupons.FindAsync([id], cancellationToken) : null;
}
