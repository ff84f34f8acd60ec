using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;

namespace KnowledgePay.Application.Learning.Commands.GrantCourseAccess;

internal sealed class GrantCourseAccessCommandValidator : AbstractValidator<GrantCourseAccessCommand>
{
    public GrantCourseAccessCommandValidator()
    {
        RuleFor(c => c.UserId).Id();
        RuleFor(c => c.CourseId).Id();
    }
}
