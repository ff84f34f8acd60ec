using FluentValidation;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.Commands.CreateOrder;

internal sealed class CreateOrderCommandValidator : AbstractValidator<CreateOrderCommand>
{
    public CreateOrderCommandValidator()
    {
        RuleFor(c => c.Lines).Cart();
        RuleFor(c => c.ClientKey).NotEmpty().Length(OrderLimits.ClientKeyMinLength, OrderLimits.ClientKeyLength);
        RuleFor(c => c.CouponCode).CouponCode();
        RuleFor(c => c.ExpectedTotalFen).GreaterThanOrEqualTo(0);
        RuleFor(c => c.Channel).IsInEnum();
        RuleFor(c => c.GroupBuy!.DealId).NotEmpty().When(c => c.GroupBuy is not null);
        RuleFor(c => c.GroupBuy!.GroupId).NotEqual(Guid.Empty).When(c => c.GroupBuy is not null);
    }
}
