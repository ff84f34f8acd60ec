using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Coupons;

/// <summary>Coupon definition, claim and use failures; the codes are API contract, never renamed silently.</summary>
public static class CouponErrors
{
    public const string InvalidTitleCode = "COUPON_TITLE_INVALID";
    public const string InvalidAmountsCode = "COUPON_AMOUNTS_INVALID";
    public const string InvalidScopeCode = "COUPON_SCOPE_INVALID";
    public const string InvalidValidityCode = "COUPON_VALIDITY_INVALID";
    public const string InvalidStockCode = "COUPON_STOCK_INVALID";
    public const string InvalidPerUserLimitCode = "COUPON_PER_USER_LIMIT_INVALID";
    public const string InvalidCodeCode = "COUPON_CODE_INVALID";
    public const string CodeTakenCode = "COUPON_CODE_TAKEN";
    public const string TermsFrozenCode = "COUPON_TERMS_FROZEN";
    public const string EndedCode = "COUPON_ENDED";
    public const string NotClaimableCode = "COUPON_NOT_CLAIMABLE";
    public const string OutOfStockCode = "COUPON_OUT_OF_STOCK";
    public const string PerUserLimitReachedCode = "COUPON_PER_USER_LIMIT_REACHED";
    public const string UnknownCode = "COUPON_UNKNOWN";
    public const string ForeignCode = "COUPON_FOREIGN";
    public const string ExpiredCode = "COUPON_EXPIRED";
    public const string NotYetValidCode = "COUPON_NOT_YET_VALID";
    public const string UsedCode = "COUPON_USED";
    public const string InUseCode = "COUPON_IN_USE";
    public const string NewcomerOnlyCode = "COUPON_NEWCOMER_ONLY";

    public static DomainException InvalidTitle() =>
        new(InvalidTitleCode, $"A coupon needs a title of at most {CouponLimits.TitleLength} characters.");

    public static DomainException InvalidAmounts(string reason) => new(InvalidAmountsCode, reason);

    public static DomainException InvalidScope(string reason) => new(InvalidScopeCode, reason);

    public static DomainException InvalidValidity(string reason) => new(InvalidValidityCode, reason);

    public static DomainException InvalidStock(int stock, int claimed) =>
        new(InvalidStockCode, $"A coupon's stock is from 1 to {CouponLimits.MaxStock} and at least what is claimed ({claimed}), not {stock}.");

    public static DomainException InvalidPerUserLimit(int limit) =>
        new(InvalidPerUserLimitCode, $"A user may claim a coupon 1 to {CouponLimits.MaxPerUser} times, not {limit}.");

    public static DomainException InvalidCode() =>
        new(InvalidCodeCode, $"A coupon code has {CouponLimits.CodeMinLength} to {CouponLimits.CodeLength} letters, digits, '-' or '_'.");

    public static DomainException CodeTaken(string code) => new(CodeTakenCode, $"Another coupon already uses the code {code}.");

    public static DomainException TermsFrozen() =>
        new(TermsFrozenCode, "Users have claimed this coupon: its discount, scope, validity and code can no longer change.");

    public static DomainException Ended() => new(EndedCode, "This coupon has ended; it can no longer be claimed.");

    public static DomainException NotClaimable() => new(NotClaimableCode, "This coupon is not handed out on request.");

    public static DomainException OutOfStock() => new(OutOfStockCode, "This coupon has all been claimed.");

    public static DomainException PerUserLimitReached(int limit) =>
        new(PerUserLimitReachedCode, $"Each user may claim this coupon {limit} time(s); you have.");

    public static DomainException Unknown() => new(UnknownCode, "No coupon has this code.");

    public static DomainException Foreign() => new(ForeignCode, "This coupon belongs to someone else.");

    public static DomainException Expired(DateTimeOffset until) => new(ExpiredCode, $"This coupon expired at {until:u}.");

    public static DomainException NotYetValid(DateTimeOffset from) => new(NotYetValidCode, $"This coupon can be used from {from:u}.");

    public static DomainException Used() => new(UsedCode, "This coupon has already been used.");

    public static DomainException InUse() =>
        new(InUseCode, "Another order waiting for payment holds this coupon; it comes back if that order closes unpaid.");

    public static DomainException NewcomerOnly() => new(NewcomerOnlyCode, "This coupon is for a first paid order only.");
}
