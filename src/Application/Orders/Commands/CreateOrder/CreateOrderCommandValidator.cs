using FluentValidation;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.Commands.CreateOrder;

internal sealed class CreateOrderCommandValidator : AbstractValidator<CreateOrderCommand>
{
    public CreateOrderCommandValidator()
    {
        RuleFor(c => c.CourseId).Id();
        RuleFor(c => c.ClientKey).NotEmpty().Length(OrderLimits.ClientKeyMinLength, OrderLimits.ClientKeyLength);
        RuleFor(c => c.Channel).IsInEnum();
    }
}
