using KnowledgePay.Domain.Sales;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Sales;

internal sealed class SaleTitleInvalidErrorGraphType() : CodedErrorGraphType(
    "SaleTitleInvalidError", SaleErrors.InvalidTitleCode, "The title buyers see is empty or too long.");

internal sealed class SaleWindowInvalidErrorGraphType() : CodedErrorGraphType(
    "SaleWindowInvalidError", SaleErrors.InvalidWindowCode, "The sale must end after it starts, in the future, within a year; a running sale keeps its start.");

internal sealed class SalePriceNotBelowListErrorGraphType() : CodedErrorGraphType(
    "SalePriceNotBelowListError", SaleErrors.NotBelowListPriceCode, "A sale price must be below the offer's list price.");

internal sealed class SalePriceBeyondGuardrailsErrorGraphType() : CodedErrorGraphType(
    "SalePriceBeyondGuardrailsError", SaleErrors.BeyondGuardrailsCode, "The sale price is below the offer's floor or takes more than its maximum discount.");

internal sealed class SaleStockInvalidErrorGraphType() : CodedErrorGraphType(
    "SaleStockInvalidError", SaleErrors.InvalidStockCode, "A flash sale needs a stock (not below what is sold) and a limit per buyer; a limited-time price has neither.");

internal sealed class SaleOfferNotSellableErrorGraphType() : CodedErrorGraphType(
    "SaleOfferNotSellableError", SaleErrors.OfferNotSellableCode, "A free offer cannot go on sale.");

internal sealed class SaleEndedErrorGraphType() : CodedErrorGraphType(
    "SaleEndedError", SaleErrors.AlreadyEndedCode, "The sale has ended (or was ended early); nothing changed.");

internal sealed class SaleSoldOutErrorGraphType() : CodedErrorGraphType(
    "SaleSoldOutError", SaleErrors.SoldOutCode, "The flash sale has no units left.");

internal sealed class SaleLimitReachedErrorGraphType() : CodedErrorGraphType(
    "SaleLimitReachedError", SaleErrors.LimitReachedCode, "The buyer already holds as many units of the flash sale as one buyer may.");
