using FluentValidation;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Commands.UpdateCourseDetails;

internal sealed class UpdateCourseDetailsCommandValidator : AbstractValidator<UpdateCourseDetailsCommand>
{
    public UpdateCourseDetailsCommandValidator()
    {
        RuleFor(c => c.CourseId).Id();
        RuleFor(c => c.Title).Title();
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(CatalogLimits.SummaryLength);
        RuleFor(c => c.CoverUrl).Url();
        RuleFor(c => c.CategoryId).Id();
        RuleFor(c => c.TagIds).Must(ids => ids.Count <= CatalogLimits.MaxTagsPerCourse)
            .WithMessage($"A course can carry at most {CatalogLimits.MaxTagsPerCourse} tags.");
    }
}
