using FluentValidation;
using KnowledgePay.Application.Catalog.Commands;

namespace KnowledgePay.Application.Sales.Commands.ScheduleSale;

internal sealed class ScheduleSaleCommandValidator : AbstractValidator<ScheduleSaleCommand>
{
    public ScheduleSaleCommandValidator()
    {
        RuleFor(c => c.CourseId)
            .Must((command, courseId) => courseId is null != command.OfferId is null)
            .WithMessage("Name either a course or an offer.");
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Title).SaleTitle();
        RuleFor(c => c.Price).PriceFen();
    }
}
