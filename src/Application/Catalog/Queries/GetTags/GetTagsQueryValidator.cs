using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Catalog.Queries.GetTags;

internal sealed class GetTagsQueryValidator : AbstractValidator<GetTagsQuery>
{
    public GetTagsQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<TagDto>()).OverridePropertyName(string.Empty);
}
