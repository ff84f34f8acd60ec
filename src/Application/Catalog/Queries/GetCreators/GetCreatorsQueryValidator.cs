using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Catalog.Queries.GetCreators;

internal sealed class GetCreatorsQueryValidator : AbstractValidator<GetCreatorsQuery>
{
    public GetCreatorsQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<CreatorDto>()).OverridePropertyName(string.Empty);
}
