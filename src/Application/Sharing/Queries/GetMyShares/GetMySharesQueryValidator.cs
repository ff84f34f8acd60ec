using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Sharing.Queries.GetMyShares;

internal sealed class GetMySharesQueryValidator : AbstractValidator<GetMySharesQuery>
{
    public GetMySharesQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
