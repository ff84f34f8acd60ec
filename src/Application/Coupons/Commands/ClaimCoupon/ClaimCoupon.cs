using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Coupons;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.Commands.ClaimCoupon;

/// <summary>
/// Signed-in learners: claims a copy of a listed coupon by id, or of any active coupon by its code. Each claim bumps the
/// coupon's version, so racing claims save one at a time and stock and per-user limit hold; the loser runs again and
/// reads what the winner took.
/// </summary>
public sealed record ClaimCouponCommand(Guid? CouponId, string? Code) : ICommand<UserCouponDto>, IRetryOnConflict;

internal sealed class ClaimCouponCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ClaimCouponCommand, UserCouponDto>
{
    public async ValueTask<UserCouponDto> Handle(ClaimCouponCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var now = clock.GetUtcNow();
        var coupon = await FindAsync(command, cancellationToken);
        if (coupon.Kind == CouponKind.NewcomerAmountOff && await db.HasPaidBeforeAsync(userId, cancellationToken))
        {
            throw CouponErrors.NewcomerOnly();
        }

        var held = await db.HeldByAsync(coupon.Id, userId, cancellationToken);
        var copy = command.CouponId is null ? coupon.Claim(userId, held, now) : coupon.ClaimOnRequest(userId, held, now);
        db.UserCoupons.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return copy.Adapt<UserCouponDto>().AsOf(now);
    }

    private async Task<Coupon> FindAsync(ClaimCouponCommand command, CancellationToken cancellationToken)
    {
        if (command.CouponId is { } id)
        {
            return await db.CouponAsync(id, cancellationToken);
        }

        var code = CouponCodes.Normalize(command.Code!);
        return await db.Coupons.SingleOrDefaultAsync(c => c.Code == code, cancellationToken) ?? throw CouponErrors.Unknown();
    }
}
