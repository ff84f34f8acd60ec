namespace KnowledgePay.Application.Pricing;

/// <summary>
/// A cart line as the client names it: a course, or a bundle or membership plan by its offer id, bought for oneself or
/// as a gift. Exactly one of the ids is set. The client never sends a price.
/// </summary>
public sealed record LineRequest(Guid? CourseId, Guid? OfferId, bool IsGift = false)
{
    public static LineRequest ForCourse(Guid courseId, bool isGift = false) => new(courseId, null, isGift);

    public static LineRequest ForOffer(Guid offerId, bool isGift = false) => new(null, offerId, isGift);

    public bool IsValid => (CourseId is { } course && course != Guid.Empty && OfferId is null)
        || (OfferId is { } offer && offer != Guid.Empty && CourseId is null);
}
