using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Application.Learning.Commands.UpdateLessonProgress;

internal sealed class UpdateLessonProgressCommandValidator : AbstractValidator<UpdateLessonProgressCommand>
{
    public UpdateLessonProgressCommandValidator()
    {
        RuleFor(c => c.LessonId).Id();
        RuleFor(c => c.Percent).InclusiveBetween(0, LessonProgress.CompletePercent);
        RuleFor(c => c.PositionSeconds).InclusiveBetween(0, CatalogLimits.MaxLessonDurationSeconds);
    }
}
