using FluentValidation;
using KnowledgePay.Domain.Coupons;

namespace KnowledgePay.Application.Coupons.Commands;

/// <summary>Shape only; the coupon's own rules (amounts per kind, scope lists, validity) answer with their coupon codes.</summary>
internal sealed class CouponFieldsValidator : AbstractValidator<CouponFields>
{
    public CouponFieldsValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(CouponLimits.TitleLength);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.ThresholdFen).InclusiveBetween(0, CouponLimits.MaxAmountFen);
        RuleFor(c => c.AmountOffFen).InclusiveBetween(0, CouponLimits.MaxAmountFen);
        RuleFor(c => c.PercentOff).InclusiveBetween(0, 99);
        RuleFor(c => c.CapFen).InclusiveBetween(0, CouponLimits.MaxAmountFen);
        RuleFor(c => c.Scope.Kind).IsInEnum().OverridePropertyName("Scope.Kind");
        RuleFor(c => c.Scope.CategoryIds).Must(ids => ids is null || ids.Count <= CouponLimits.MaxScopeIds).OverridePropertyName("Scope.CategoryIds");
        RuleFor(c => c.Scope.CourseIds).Must(ids => ids is null || ids.Count <= CouponLimits.MaxScopeIds).OverridePropertyName("Scope.CourseIds");
        RuleFor(c => c.TotalStock).InclusiveBetween(1, CouponLimits.MaxStock);
        RuleFor(c => c.PerUserLimit).InclusiveBetween(1, CouponLimits.MaxPerUser);
        RuleFor(c => c.Code).MaximumLength(CouponLimits.CodeLength);
    }
}
