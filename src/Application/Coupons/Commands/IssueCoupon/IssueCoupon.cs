using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.Commands.IssueCoupon;

/// <summary>
/// Admins (and campaigns): hands a copy of a coupon, listed or not, to each of the users. Users at the per-user limit are
/// skipped, as are all users once the stock runs out and ids naming no user; the result counts each. The whole batch
/// saves at once against the coupon's version, so it never oversells alongside racing claims.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record IssueCouponCommand(Guid CouponId, IReadOnlyList<Guid> UserIds) : ICommand<IssueCouponResult>, IRetryOnConflict;

public sealed record IssueCouponResult(Guid CouponId, int Issued, int SkippedAtLimit, int SkippedOutOfStock, int UnknownUsers);

internal sealed class IssueCouponCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<IssueCouponCommand, IssueCouponResult>
{
    public async ValueTask<IssueCouponResult> Handle(IssueCouponCommand command, CancellationToken cancellationToken)
    {
        var coupon = await db.CouponAsync(command.CouponId, cancellationToken);
        var userIds = command.UserIds.Distinct().ToList();
        var known = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var held = await db.UserCoupons
            .Where(u => u.CouponId == coupon.Id && known.Contains(u.UserId))
            .GroupBy(u => u.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.UserId, g => g.Count, cancellationToken);

        var now = clock.GetUtcNow();
        int issued = 0, atLimit = 0, outOfStock = 0;
        foreach (var userId in userIds.Where(known.Contains))
        {
            if (held.GetValueOrDefault(userId) >= coupon.PerUserLimit)
            {
                atLimit++;
            }
            else if (coupon.RemainingStock == 0)
            {
                outOfStock++;
            }
            else
            {
                db.UserCoupons.Add(coupon.Claim(userId, held.GetValueOrDefault(userId), now));
                issued++;
            }
        }

        if (issued > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new IssueCouponResult(coupon.Id, issued, atLimit, outOfStock, userIds.Count - known.Count);
    }
}
