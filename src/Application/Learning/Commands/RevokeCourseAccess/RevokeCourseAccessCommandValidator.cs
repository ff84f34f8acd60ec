using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;

namespace KnowledgePay.Application.Learning.Commands.RevokeCourseAccess;

internal sealed class RevokeCourseAccessCommandValidator : AbstractValidator<RevokeCourseAccessCommand>
{
    public RevokeCourseAccessCommandValidator()
    {
        RuleFor(c => c.UserId).Id();
        RuleFor(c => c.CourseId).Id();
    }
}
