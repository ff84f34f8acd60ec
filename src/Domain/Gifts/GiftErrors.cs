using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Gifts;

/// <summary>Gift failures; the codes are API contract.</summary>
public static class GiftErrors
{
    public const string NotFoundCode = "GIFT_NOT_FOUND";
    public const string AlreadyClaimedCode = "GIFT_ALREADY_CLAIMED";
    public const string RefundedCode = "GIFT_REFUNDED";
    public const string OwnGiftCode = "GIFT_OWN";
    public const string ClaimedNotRefundableCode = "GIFT_CLAIMED_NOT_REFUNDABLE";

    /// <summary>No gift has this claim code: mistyped, or a link cut short.</summary>
    public static DomainException NotFound() =>
        new(NotFoundCode, "No gift has this code; check the link you were sent.");

    public static DomainException AlreadyClaimed() =>
        new(AlreadyClaimedCode, "This gift has already been claimed.");

    public static DomainException Refunded() =>
        new(RefundedCode, "This gift was refunded to its buyer and can no longer be claimed.");

    public static DomainException OwnGift() =>
        new(OwnGiftCode, "A gift is for someone else: share its link instead of claiming it yourself.");

    public static DomainException ClaimedNotRefundable() =>
        new(ClaimedNotRefundableCode, "A gift of this order has been claimed, so the order can no longer be refunded.");
}
