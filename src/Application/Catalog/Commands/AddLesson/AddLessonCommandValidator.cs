using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.AddLesson;

internal sealed class AddLessonCommandValidator : AbstractValidator<AddLessonCommand>
{
    public AddLessonCommandValidator()
    {
        RuleFor(c => c.ChapterId).Id();
        RuleFor(c => c.Content).SetValidator(new LessonContentValidator()).OverridePropertyName(string.Empty);
    }
}
