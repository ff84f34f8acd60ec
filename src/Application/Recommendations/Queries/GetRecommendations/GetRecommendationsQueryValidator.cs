using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Recommendations.Queries.GetRecommendations;

internal sealed class GetRecommendationsQueryValidator : AbstractValidator<GetRecommendationsQuery>
{
    public GetRecommendationsQueryValidator()
    {
        RuleFor(q => q.First).InclusiveBetween(0, PageRequest.MaxSize);
        RuleFor(q => q.After!).Must(RecommendationCursor.IsValid).When(q => q.After is not null)
            .OverridePropertyName("after").WithMessage("The cursor is not valid.");
    }
}
