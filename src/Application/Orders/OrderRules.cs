using FluentValidation;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders;

/// <summary>Shape rules shared by the order commands' validators.</summary>
internal static class OrderRules
{
    public static IRuleBuilderOptions<T, Guid> Id<T>(this IRuleBuilder<T, Guid> rule) => rule.NotEmpty();

    public static IRuleBuilderOptions<T, string> RefundReason<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(OrderLimits.RefundReasonLength);

    public static IRuleBuilderOptions<T, int> BatchSize<T>(this IRuleBuilder<T, int> rule) => rule.InclusiveBetween(1, 500);
}
