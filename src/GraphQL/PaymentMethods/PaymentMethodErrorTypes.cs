using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Orders.OrderErrors;

namespace KnowledgePay.GraphQL.PaymentMethods;

internal sealed class PaymentMethodNotAllowedErrorGraphType() : CodedErrorGraphType(
    "PaymentMethodNotAllowedError",
    PaymentMethodNotAllowedCode,
    "The payment method is not offered on the caller's platform, or not for this order (a top-up is paid through WeChat Pay).");
