using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Pricing;

/// <summary>Cart and quote failures; the codes are API contract.</summary>
public static class PricingErrors
{
    public const string EmptyCartCode = "CART_EMPTY";
    public const string TooManyLinesCode = "CART_TOO_MANY_LINES";
    public const string DuplicateLineCode = "CART_DUPLICATE_LINE";
    public const string CouponNotApplicableCode = "COUPON_NOT_APPLICABLE";
    public const string PriceChangedCode = "PRICE_CHANGED";

    public static DomainException EmptyCart() => new(EmptyCartCode, "A cart needs at least one line.");

    public static DomainException TooManyLines() =>
        new(TooManyLinesCode, $"A cart holds at most {PricingLimits.MaxLines} lines.");

    public static DomainException DuplicateLine() => new(DuplicateLineCode, "Each offer appears at most once in a cart (once for yourself and once as a gift), and a course for yourself in one line only "
        + "(not alone and in a bundle, nor in two bundles).");

    public static DomainException CouponNotApplicable(string reason) => new(CouponNotApplicableCode, reason);

    public static DomainException PriceChanged(long quotedFen, long nowFen) =>
        new(PriceChangedCode, $"The price changed from {quotedFen} to {nowFen} fen since it was quoted; quote again.");
}
