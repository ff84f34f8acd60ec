using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.EditLesson;

internal sealed class EditLessonCommandValidator : AbstractValidator<EditLessonCommand>
{
    public EditLessonCommandValidator()
    {
        RuleFor(c => c.LessonId).Id();
        RuleFor(c => c.Content).SetValidator(new LessonContentValidator()).OverridePropertyName(string.Empty);
    }
}
