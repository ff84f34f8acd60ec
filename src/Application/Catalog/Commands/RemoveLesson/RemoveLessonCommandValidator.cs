using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.RemoveLesson;

internal sealed class RemoveLessonCommandValidator : AbstractValidator<RemoveLessonCommand>
{
    public RemoveLessonCommandValidator()
    {
        RuleFor(c => c.LessonId).Id();
    }
}
