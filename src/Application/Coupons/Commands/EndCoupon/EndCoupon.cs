using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Coupons.Commands.EndCoupon;

/// <summary>Admins: stops claims and typed codes; the copies users already hold keep working until they expire.</summary>
[RequiresRole(Role.Admin)]
public sealed record EndCouponCommand(Guid CouponId) : ICommand<CouponDto>, IRetryOnConflict;

internal sealed class EndCouponCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<EndCouponCommand, CouponDto>
{
    public async ValueTask<CouponDto> Handle(EndCouponCommand command, CancellationToken cancellationToken)
    {
        var coupon = await db.CouponAsync(command.CouponId, cancellationToken);
        coupon.End(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return coupon.Adapt<CouponDto>();
    }
}
