using FluentValidation;

namespace KnowledgePay.Application.Orders.Commands.RequestRefund;

internal sealed class RequestRefundCommandValidator : AbstractValidator<RequestRefundCommand>
{
    public RequestRefundCommandValidator()
    {
        RuleFor(c => c.OrderId).Id();
        RuleFor(c => c.Reason).RefundReason();
    }
}
