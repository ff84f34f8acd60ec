using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.GroupBuying.Queries.GetMyGroupBuys;

internal sealed class GetMyGroupBuysQueryValidator : AbstractValidator<GetMyGroupBuysQuery>
{
    public GetMyGroupBuysQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
