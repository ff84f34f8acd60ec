using FluentValidation;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.Commands.Checkout;

internal sealed class CheckoutCommandValidator : AbstractValidator<CheckoutCommand>
{
    public CheckoutCommandValidator()
    {
        RuleFor(c => c.OrderId).Id();
        RuleFor(c => c.Method).IsInEnum();
        RuleFor(c => c.IdempotencyKey)
            .NotEmpty().WithMessage("Paying from the balance needs an idempotency key.")
            .When(c => c.Method == PaymentChannel.Balance);
        RuleFor(c => c.IdempotencyKey)
            .Length(OrderLimits.ClientKeyMinLength, OrderLimits.ClientKeyLength)
            .When(c => c.IdempotencyKey is not null);
    }
}
