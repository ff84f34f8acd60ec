using FluentValidation;

namespace KnowledgePay.Application.Orders.Commands.IssueRefund;

internal sealed class IssueRefundCommandValidator : AbstractValidator<IssueRefundCommand>
{
    public IssueRefundCommandValidator()
    {
        RuleFor(c => c.OrderId).Id();
        RuleFor(c => c.AmountFen).GreaterThan(0);
        RuleFor(c => c.Reason).RefundReason();
    }
}
