using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Offers.Queries.GetOffers;

internal sealed class GetOffersQueryValidator : AbstractValidator<GetOffersQuery>
{
    public GetOffersQueryValidator() =>
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<OfferDto>()).OverridePropertyName(string.Empty);
}
