using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Referrals.Queries.GetPromoters;

internal sealed class GetPromotersQueryValidator : AbstractValidator<GetPromotersQuery>
{
    public GetPromotersQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
