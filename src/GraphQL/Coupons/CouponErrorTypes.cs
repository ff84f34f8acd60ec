using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Coupons.CouponErrors;

namespace KnowledgePay.GraphQL.Coupons;

internal sealed class CouponTitleInvalidErrorGraphType() : CodedErrorGraphType(
    "CouponTitleInvalidError", InvalidTitleCode, "The title is empty or too long.");

internal sealed class CouponAmountsInvalidErrorGraphType() : CodedErrorGraphType(
    "CouponAmountsInvalidError", InvalidAmountsCode, "The threshold, amount, percent or cap do not fit the coupon's kind.");

internal sealed class CouponScopeInvalidErrorGraphType() : CodedErrorGraphType(
    "CouponScopeInvalidError", InvalidScopeCode, "The scope names lists other than its kind's, or an empty or too long one.");

internal sealed class CouponValidityInvalidErrorGraphType() : CodedErrorGraphType(
    "CouponValidityInvalidError", InvalidValidityCode, "Give a window that ends after it starts, or 1 to 366 days after the claim.");

internal sealed class CouponStockInvalidErrorGraphType() : CodedErrorGraphType(
    "CouponStockInvalidError", InvalidStockCode, "The stock is out of range or below the copies already claimed.");

internal sealed class CouponPerUserLimitInvalidErrorGraphType() : CodedErrorGraphType(
    "CouponPerUserLimitInvalidError", InvalidPerUserLimitCode, "The per-user limit is out of range.");

internal sealed class CouponCodeInvalidErrorGraphType() : CodedErrorGraphType(
    "CouponCodeInvalidError", InvalidCodeCode, "The code is not 4 to 32 letters, digits, '-' or '_'.");

internal sealed class CouponCodeTakenErrorGraphType() : CodedErrorGraphType(
    "CouponCodeTakenError", CodeTakenCode, "Another coupon already uses the code.");

internal sealed class CouponTermsFrozenErrorGraphType() : CodedErrorGraphType(
    "CouponTermsFrozenError", TermsFrozenCode, "Users hold copies: the discount, scope, validity and code can no longer change.");

internal sealed class CouponEndedErrorGraphType() : CodedErrorGraphType(
    "CouponEndedError", EndedCode, "The coupon has ended.");

internal sealed class CouponNotClaimableErrorGraphType() : CodedErrorGraphType(
    "CouponNotClaimableError", NotClaimableCode, "The coupon is not handed out on request (only issued, or claimed by its code).");

internal sealed class CouponOutOfStockErrorGraphType() : CodedErrorGraphType(
    "CouponOutOfStockError", OutOfStockCode, "Every copy has been claimed.");

internal sealed class CouponPerUserLimitReachedErrorGraphType() : CodedErrorGraphType(
    "CouponPerUserLimitReachedError", PerUserLimitReachedCode, "The user holds as many copies as allowed.");

internal sealed class CouponUnknownErrorGraphType() : CodedErrorGraphType(
    "CouponUnknownError", UnknownCode, "No coupon has this code.");

internal sealed class CouponExpiredErrorGraphType() : CodedErrorGraphType(
    "CouponExpiredError", ExpiredCode, "The coupon's validity has ended.");

internal sealed class CouponNewcomerOnlyErrorGraphType() : CodedErrorGraphType(
    "CouponNewcomerOnlyError", NewcomerOnlyCode, "The coupon is for a first paid order, and the user has paid before.");

internal sealed class CouponForeignErrorGraphType() : CodedErrorGraphType(
    "CouponForeignError", ForeignCode, "The coupon belongs to someone else.");

internal sealed class CouponNotYetValidErrorGraphType() : CodedErrorGraphType(
    "CouponNotYetValidError", NotYetValidCode, "The coupon is not valid yet.");

internal sealed class CouponUsedErrorGraphType() : CodedErrorGraphType(
    "CouponUsedError", UsedCode, "The coupon was already used.");

internal sealed class CouponInUseErrorGraphType() : CodedErrorGraphType(
    "CouponInUseError", InUseCode, "Another pending order holds the coupon; pay or cancel it first.");
