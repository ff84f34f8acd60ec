using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Referrals.Queries.GetCommissions;

internal sealed class GetCommissionsQueryValidator : AbstractValidator<GetCommissionsQuery>
{
    public GetCommissionsQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
