using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.AddChapter;

internal sealed class AddChapterCommandValidator : AbstractValidator<AddChapterCommand>
{
    public AddChapterCommandValidator()
    {
        RuleFor(c => c.CourseId).Id();
        RuleFor(c => c.Title).Title();
    }
}
