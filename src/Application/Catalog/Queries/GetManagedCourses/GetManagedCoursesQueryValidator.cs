using FluentValidation;
using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Common.Querying;

namespace KnowledgePay.Application.Catalog.Queries.GetManagedCourses;

internal sealed class GetManagedCoursesQueryValidator : AbstractValidator<GetManagedCoursesQuery>
{
    public GetManagedCoursesQueryValidator()
    {
        RuleFor(q => q.Context).SetValidator(new QueryContextValidator<CourseDto>()).OverridePropertyName(string.Empty);
        RuleFor(q => q.Search).MaximumLength(SearchTerms.MaxLength).OverridePropertyName("search");
    }
}
