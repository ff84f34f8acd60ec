using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Recommendations.Queries.GetRecommendations;

internal sealed class GetRecommendationsQueryValidator : AbstractValidator<GetRecommendationsQuery>
{
    public GetRecommendationsQueryValidator() => RuleFor(q => q.First).InclusiveBetween(0, PageRequest.MaxSize);
}
