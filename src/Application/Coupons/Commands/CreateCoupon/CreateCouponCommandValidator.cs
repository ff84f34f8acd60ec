using FluentValidation;

namespace KnowledgePay.Application.Coupons.Commands.CreateCoupon;

internal sealed class CreateCouponCommandValidator : AbstractValidator<CreateCouponCommand>
{
    public CreateCouponCommandValidator() => RuleFor(c => c.Coupon).NotNull().SetValidator(new CouponFieldsValidator());
}
