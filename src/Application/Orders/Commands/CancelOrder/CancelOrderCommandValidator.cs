using FluentValidation;

namespace KnowledgePay.Application.Orders.Commands.CancelOrder;

internal sealed class CancelOrderCommandValidator : AbstractValidator<CancelOrderCommand>
{
    public CancelOrderCommandValidator() => RuleFor(c => c.OrderId).Id();
}
