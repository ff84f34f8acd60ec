using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.MoveLesson;

internal sealed class MoveLessonCommandValidator : AbstractValidator<MoveLessonCommand>
{
    public MoveLessonCommandValidator()
    {
        RuleFor(c => c.LessonId).Id();
        RuleFor(c => c.ChapterId).Id();
        RuleFor(c => c.Position).Position();
    }
}
