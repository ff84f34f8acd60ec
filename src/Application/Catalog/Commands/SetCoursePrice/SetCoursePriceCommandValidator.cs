using FluentValidation;

namespace KnowledgePay.Application.Catalog.Commands.SetCoursePrice;

internal sealed class SetCoursePriceCommandValidator : AbstractValidator<SetCoursePriceCommand>
{
    public SetCoursePriceCommandValidator()
    {
        RuleFor(c => c.CourseId).Id();
        RuleFor(c => c.Price).PriceFen();
    }
}
