using FluentValidation;
using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.Application.Catalog.Commands.CreateCourse;

internal sealed class CreateCourseCommandValidator : AbstractValidator<CreateCourseCommand>
{
    public CreateCourseCommandValidator()
    {
        RuleFor(c => c.CreatorId).NotEqual(Guid.Empty);
        RuleFor(c => c.CategoryId).Id();
        RuleFor(c => c.Title).Title();
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(CatalogLimits.SummaryLength);
        RuleFor(c => c.Price).PriceFen();
    }
}
