using FluentValidation;

namespace KnowledgePay.Application.Orders.Commands.SyncOrderPayment;

internal sealed class SyncOrderPaymentCommandValidator : AbstractValidator<SyncOrderPaymentCommand>
{
    public SyncOrderPaymentCommandValidator() => RuleFor(c => c.OrderId).Id();
}
