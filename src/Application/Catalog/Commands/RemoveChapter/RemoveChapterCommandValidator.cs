using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.RemoveChapter;

internal sealed class RemoveChapterCommandValidator : AbstractValidator<RemoveChapterCommand>
{
    public RemoveChapterCommandValidator()
    {
        RuleFor(c => c.ChapterId).Id();
    }
}
