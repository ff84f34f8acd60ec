using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Risk.Queries.GetRiskFlags;

internal sealed class GetRiskFlagsQueryValidator : AbstractValidator<GetRiskFlagsQuery>
{
    public GetRiskFlagsQueryValidator()
    {
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Rule).IsInEnum();
    }
}
