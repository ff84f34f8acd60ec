using FluentValidation;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Catalog.Queries.GetCourses;

internal sealed class GetCoursesQueryValidator : AbstractValidator<GetCoursesQuery>
{
    public GetCoursesQueryValidator()
    {
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<CourseDto>()).OverridePropertyName(string.Empty);
        RuleFor(q => q.Search).MaximumLength(SearchTerms.MaxLength).OverridePropertyName("search");
    }
}
