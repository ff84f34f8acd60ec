using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Coupons.Commands.UpdateCoupon;

/// <summary>
/// Admins: replaces a coupon's definition. Before anyone claims it everything may change; afterwards its discount, scope,
/// validity and code are frozen (<see cref="CouponErrors.TermsFrozen"/>), while title, stock (not below what is claimed),
/// per-user limit, listing and refund policy may still change.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record UpdateCouponCommand(Guid CouponId, CouponFields Coupon) : ICommand<CouponDto>, IRetryOnConflict;

internal sealed class UpdateCouponCommandHandler(IApplicationDbContext db) : ICommandHandler<UpdateCouponCommand, CouponDto>
{
    public async ValueTask<CouponDto> Handle(UpdateCouponCommand command, CancellationToken cancellationToken)
    {
        var coupon = await db.CouponAsync(command.CouponId, cancellationToken);
        coupon.Redefine(await db.CheckedAsync(command.Coupon, coupon.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return coupon.Adapt<CouponDto>();
    }
}
