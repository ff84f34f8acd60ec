using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Orders.OrderErrors;

namespace KnowledgePay.GraphQL.PaymentMethods;

internal sealed class PaymentMethodNotAllowedErrorGraphType() : CodedErrorGraphType(
    "PaymentMethodNotAllowedError",
    PaymentMethodNotAllowedCode,
    "The payment method is not offered on the caller's platform, or not for this order (a top-up is paid through WeChat Pay).");

internal sealed class PurchaseNotOfferedErrorGraphType() : CodedErrorGraphType(
    "PurchaseNotOfferedError",
    PurchaseNotOfferedCode,
    "Nothing can be bought on the caller's platform (e.g. iOS where the operator offers no method); what they own stays available.");
