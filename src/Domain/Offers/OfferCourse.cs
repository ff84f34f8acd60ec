namespace KnowledgePay.Domain.Offers;

/// <summary>A course in a bundle or a plan's chosen set, in the order the offer lists them.</summary>
public sealed class OfferCourse(Guid offerId, Guid courseId, int position)
{
    public Guid OfferId { get; private set; } = offerId;

    public Guid CourseId { get; private set; } = courseId;

    public int Position { get; private set; } = position;

    internal void MoveTo(int position) => Position = position;
}
