using FluentValidation;

namespace KnowledgePay.Application.Orders.Commands.CloseExpiredOrders;

internal sealed class CloseExpiredOrdersCommandValidator : AbstractValidator<CloseExpiredOrdersCommand>
{
    public CloseExpiredOrdersCommandValidator() => RuleFor(c => c.BatchSize).BatchSize();
}
