using FluentValidation;

namespace KnowledgePay.Application.Orders.Commands.Checkout;

internal sealed class CheckoutCommandValidator : AbstractValidator<CheckoutCommand>
{
    public CheckoutCommandValidator() => RuleFor(c => c.OrderId).Id();
}
