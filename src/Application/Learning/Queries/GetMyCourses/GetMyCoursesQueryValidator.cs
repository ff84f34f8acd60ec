using FluentValidation;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.Learning.Queries.GetMyCourses;

internal sealed class GetMyCoursesQueryValidator : AbstractValidator<GetMyCoursesQuery>
{
    public GetMyCoursesQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
