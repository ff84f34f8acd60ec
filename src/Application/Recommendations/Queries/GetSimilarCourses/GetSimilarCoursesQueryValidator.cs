using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Recommendations.Queries.GetSimilarCourses;

internal sealed class GetSimilarCoursesQueryValidator : AbstractValidator<GetSimilarCoursesQuery>
{
    public GetSimilarCoursesQueryValidator() =>
        RuleForEach(q => q.Keys).ChildRules(key => key.RuleFor(k => k.First).InclusiveBetween(0, PageRequest.MaxSize).OverridePropertyName("first"));
}
