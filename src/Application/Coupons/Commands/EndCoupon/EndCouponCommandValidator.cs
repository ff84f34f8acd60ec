using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;

namespace KnowledgePay.Application.Coupons.Commands.EndCoupon;

internal sealed class EndCouponCommandValidator : AbstractValidator<EndCouponCommand>
{
    public EndCouponCommandValidator() => RuleFor(c => c.CouponId).Id();
}
