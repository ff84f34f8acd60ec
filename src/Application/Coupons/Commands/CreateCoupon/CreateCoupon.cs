using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Coupons.Commands.CreateCoupon;

/// <summary>Admins: defines a coupon, active at once; the audit log records it.</summary>
[RequiresRole(Role.Admin)]
public sealed record CreateCouponCommand(CouponFields Coupon) : ICommand<CouponDto>;

internal sealed class CreateCouponCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateCouponCommand, CouponDto>
{
    public async ValueTask<CouponDto> Handle(CreateCouponCommand command, CancellationToken cancellationToken)
    {
        var coupon = Coupon.Create(await db.CheckedAsync(command.Coupon, null, cancellationToken), clock.GetUtcNow());
        db.Coupons.Add(coupon);
        await db.SaveChangesAsync(cancellationToken);
        return coupon.Adapt<CouponDto>();
    }
}
