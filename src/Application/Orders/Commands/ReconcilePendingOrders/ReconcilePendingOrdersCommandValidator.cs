using FluentValidation;

namespace KnowledgePay.Application.Orders.Commands.ReconcilePendingOrders;

internal sealed class ReconcilePendingOrdersCommandValidator : AbstractValidator<ReconcilePendingOrdersCommand>
{
    public ReconcilePendingOrdersCommandValidator()
    {
        RuleFor(c => c.BatchSize).BatchSize();
        RuleFor(c => c.OlderThan).GreaterThanOrEqualTo(TimeSpan.Zero);
    }
}
