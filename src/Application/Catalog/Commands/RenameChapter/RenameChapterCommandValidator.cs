using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.RenameChapter;

internal sealed class RenameChapterCommandValidator : AbstractValidator<RenameChapterCommand>
{
    public RenameChapterCommandValidator()
    {
        RuleFor(c => c.ChapterId).Id();
        RuleFor(c => c.Title).Title();
    }
}
