using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.RedeemCodes;

/// <summary>Redeem-code failures; the codes are API contract.</summary>
public static class RedeemCodeErrors
{
    public const string InvalidCode = "REDEEM_CODE_INVALID";
    public const string UsedCode = "REDEEM_CODE_USED";
    public const string ExpiredCode = "REDEEM_CODE_EXPIRED";
    public const string RateLimitedCode = "REDEEM_RATE_LIMITED";
    public const string InvalidBatchCode = "REDEEM_CODE_BATCH_INVALID";

    /// <summary>Unknown code: the same answer whatever was typed, so a guesser learns nothing more.</summary>
    public static DomainException Invalid() =>
        new(InvalidCode, "This code is not valid; check it and try again.");

    public static DomainException Used() =>
        new(UsedCode, "This code has already been redeemed.");

    public static DomainException Expired() =>
        new(ExpiredCode, "This code has expired.");

    /// <summary>Retryable: after a pause.</summary>
    public static DomainException RateLimited() =>
        new(RateLimitedCode, "Too many wrong codes; try again later.");

    public static DomainException InvalidBatch(string reason) => new(InvalidBatchCode, reason);
}
