using FluentValidation;
using KnowledgePay.Application.Offers.Commands;

namespace KnowledgePay.Application.Catalog.Commands.SetCourseGuardrails;

internal sealed class SetCourseGuardrailsCommandValidator : AbstractValidator<SetCourseGuardrailsCommand>
{
    public SetCourseGuardrailsCommandValidator()
    {
        RuleFor(c => c.CourseId).Id();
        RuleFor(c => c.Guardrails).SetValidator(new PriceGuardrailsInputValidator());
    }
}
