using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Sales;

/// <summary>Sale failures; the codes are API contract.</summary>
public static class SaleErrors
{
    public const string InvalidTitleCode = "SALE_TITLE_INVALID";
    public const string InvalidWindowCode = "SALE_WINDOW_INVALID";
    public const string NotBelowListPriceCode = "SALE_PRICE_NOT_BELOW_LIST";
    public const string BeyondGuardrailsCode = "SALE_PRICE_BEYOND_GUARDRAILS";
    public const string InvalidStockCode = "SALE_STOCK_INVALID";
    public const string AlreadyEndedCode = "SALE_ENDED";
    public const string SoldOutCode = "SALE_SOLD_OUT";
    public const string LimitReachedCode = "SALE_LIMIT_REACHED";
    public const string OfferNotSellableCode = "SALE_OFFER_NOT_SELLABLE";

    public static DomainException InvalidTitle() =>
        new(InvalidTitleCode, $"A sale needs a title of 1 to {SaleLimits.TitleLength} characters, shown to buyers.");

    public static DomainException InvalidWindow(string reason) => new(InvalidWindowCode, reason);

    public static DomainException NotBelowListPrice(long priceFen, long listFen) =>
        new(NotBelowListPriceCode, $"A sale price ({priceFen} fen) must be below the list price of {listFen} fen.");

    public static DomainException BeyondGuardrails(long priceFen, long lowestFen) =>
        new(BeyondGuardrailsCode, $"The sale price {priceFen} fen is below {lowestFen} fen, the lowest this offer's floor and maximum discount allow.");

    public static DomainException InvalidStock(string reason) => new(InvalidStockCode, reason);

    public static DomainException AlreadyEnded(Guid saleId) => new(AlreadyEndedCode, $"Sale {saleId} has ended.");

    public static DomainException SoldOut(Guid saleId) => new(SoldOutCode, $"Sale {saleId} is sold out.");

    public static DomainException LimitReached(Guid saleId, int perUserLimit) =>
        new(LimitReachedCode, $"You already bought {perUserLimit} at the price of sale {saleId}, its limit per buyer.");

    public static DomainException OfferNotSellable() =>
        new(OfferNotSellableCode, "Only a priced offer can go on sale; a free course needs no sale.");
}
