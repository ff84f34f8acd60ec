using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Gifts.Queries.GetMyGifts;

internal sealed class GetMyGiftsQueryValidator : AbstractValidator<GetMyGiftsQuery>
{
    public GetMyGiftsQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
