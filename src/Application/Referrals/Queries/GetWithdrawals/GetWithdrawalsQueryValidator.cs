using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Referrals.Queries.GetWithdrawals;

internal sealed class GetWithdrawalsQueryValidator : AbstractValidator<GetWithdrawalsQuery>
{
    public GetWithdrawalsQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
