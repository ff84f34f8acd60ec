using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Coupons.Queries.GetClaimableCoupons;

internal sealed class GetClaimableCouponsQueryValidator : AbstractValidator<GetClaimableCouponsQuery>
{
    public GetClaimableCouponsQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<CouponDto>()).OverridePropertyName(string.Empty);
}
