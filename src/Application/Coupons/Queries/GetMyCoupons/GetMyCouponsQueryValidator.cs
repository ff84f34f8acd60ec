using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Coupons.Queries.GetMyCoupons;

internal sealed class GetMyCouponsQueryValidator : AbstractValidator<GetMyCouponsQuery>
{
    public GetMyCouponsQueryValidator()
    {
        RuleFor(q => q.State).IsInEnum();
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<UserCouponDto>()).OverridePropertyName(string.Empty);
    }
}
