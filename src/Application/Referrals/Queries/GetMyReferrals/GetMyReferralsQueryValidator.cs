using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Referrals.Queries.GetMyReferrals;

internal sealed class GetMyReferralsQueryValidator : AbstractValidator<GetMyReferralsQuery>
{
    public GetMyReferralsQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
