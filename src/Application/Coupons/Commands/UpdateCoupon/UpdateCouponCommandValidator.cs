using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;

namespace KnowledgePay.Application.Coupons.Commands.UpdateCoupon;

internal sealed class UpdateCouponCommandValidator : AbstractValidator<UpdateCouponCommand>
{
    public UpdateCouponCommandValidator()
    {
        RuleFor(c => c.CouponId).Id();
        RuleFor(c => c.Coupon).NotNull().SetValidator(new CouponFieldsValidator());
    }
}
