using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Domain.Coupons;

namespace KnowledgePay.Application.Coupons.Commands.IssueCoupon;

internal sealed class IssueCouponCommandValidator : AbstractValidator<IssueCouponCommand>
{
    public IssueCouponCommandValidator()
    {
        RuleFor(c => c.CouponId).Id();
        RuleFor(c => c.UserIds).NotEmpty().Must(ids => ids.Count <= CouponLimits.MaxIssueUsers)
            .WithMessage($"Issue to 1 to {CouponLimits.MaxIssueUsers} users at a time.");
    }
}
