using FluentValidation;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Commands;

internal sealed class LessonContentValidator : AbstractValidator<LessonContent>
{
    public LessonContentValidator()
    {
        RuleFor(c => c.Title).Title();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.DurationSeconds).InclusiveBetween(0, CatalogLimits.MaxLessonDurationSeconds);
        RuleFor(c => c.Body).MaximumLength(CatalogLimits.LessonBodyLength);
        RuleFor(c => c.MediaUrl).Url();
    }
}
