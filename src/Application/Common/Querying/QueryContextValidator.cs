using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Common.Querying;

public sealed class QueryContextValidator<TDto> : AbstractValidator<QueryContext<TDto>>
{
    public QueryContextValidator()
    {
        RuleFor(c => c.Window).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
        RuleFor(c => c.Sorting.Count).LessThanOrEqualTo(4).OverridePropertyName("order")
            .WithMessage("Sort by at most 4 fields.");
    }
}
