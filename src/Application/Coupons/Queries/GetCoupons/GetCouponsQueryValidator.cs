using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Coupons.Queries.GetCoupons;

internal sealed class GetCouponsQueryValidator : AbstractValidator<GetCouponsQuery>
{
    public GetCouponsQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<CouponDto>()).OverridePropertyName(string.Empty);
}
