using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Orders.VirtualPaymentErrors;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class VirtualPaymentNoProductErrorGraphType() : CodedErrorGraphType(
    "VirtualPaymentNoProductError", NoProductForPriceCode, "No Virtual Payment product has the order's price; pay another way.");

internal sealed class VirtualPaymentLoginRequiredErrorGraphType() : CodedErrorGraphType(
    "VirtualPaymentLoginRequiredError", LoginRequiredCode, "The server holds no current WeChat session key for the buyer; sign in again.");
