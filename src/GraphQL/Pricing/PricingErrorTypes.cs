using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Offers.OfferErrors;
using static KnowledgePay.Domain.Orders.OrderErrors;
using static KnowledgePay.Domain.Pricing.PricingErrors;

namespace KnowledgePay.GraphQL.Pricing;

internal sealed class PriceChangedErrorGraphType() : CodedErrorGraphType(
    "PriceChangedError", PriceChangedCode, "The price changed since it was quoted (a sale ended, a price was edited); quote again.");

internal sealed class CartEmptyErrorGraphType() : CodedErrorGraphType("CartEmptyError", EmptyCartCode, "The cart has no lines.");

internal sealed class CartTooManyLinesErrorGraphType() : CodedErrorGraphType(
    "CartTooManyLinesError", TooManyLinesCode, "The cart holds more lines than an order may.");

internal sealed class CartDuplicateLineErrorGraphType() : CodedErrorGraphType(
    "CartDuplicateLineError", DuplicateLineCode, "The cart names one offer twice.");

internal sealed class CouponNotApplicableErrorGraphType() : CodedErrorGraphType(
    "CouponNotApplicableError", CouponNotApplicableCode, "The coupon covers nothing in the cart, or the cart does not reach its threshold.");

internal sealed class OfferNotOnSaleErrorGraphType() : CodedErrorGraphType(
    "OfferNotOnSaleError", NotOnSaleCode, "The bundle or plan is withdrawn from sale.");

internal sealed class OfferAlreadyOwnedErrorGraphType() : CodedErrorGraphType(
    "OfferAlreadyOwnedError", AlreadyOwnedCode, "The caller already owns the bundle's courses (or some, where the shop does not price them out).");

internal sealed class OrderNothingToPayErrorGraphType() : CodedErrorGraphType(
    "OrderNothingToPayError", NothingToPayCode, "The discounts leave nothing to pay.");

internal sealed class OrderLineNotFoundErrorGraphType() : CodedErrorGraphType(
    "OrderLineNotFoundError", LineNotFoundCode, "The order has no such line.");
