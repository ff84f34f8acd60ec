using FluentValidation;
using KnowledgePay.Domain.Coupons;

namespace KnowledgePay.Application.Coupons.Commands.ClaimCoupon;

internal sealed class ClaimCouponCommandValidator : AbstractValidator<ClaimCouponCommand>
{
    public ClaimCouponCommandValidator()
    {
        RuleFor(c => c.CouponId).NotNull().When(c => string.IsNullOrWhiteSpace(c.Code)).WithMessage("Give a couponId or a code.");
        RuleFor(c => c.Code).Empty().When(c => c.CouponId is not null).WithMessage("Give a couponId or a code, not both.");
        RuleFor(c => c.CouponId).NotEqual(Guid.Empty);
        RuleFor(c => c.Code).MaximumLength(CouponLimits.CodeLength);
    }
}
