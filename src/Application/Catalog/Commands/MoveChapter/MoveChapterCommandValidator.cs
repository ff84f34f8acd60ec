using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.MoveChapter;

internal sealed class MoveChapterCommandValidator : AbstractValidator<MoveChapterCommand>
{
    public MoveChapterCommandValidator()
    {
        RuleFor(c => c.ChapterId).Id();
        RuleFor(c => c.Position).Position();
    }
}
