namespace KnowledgePay.Domain.Offers;

/// <summary>Names something sellable: a course (<see cref="OfferKind.Course"/>, by course id) or an <see cref="Offer"/>.</summary>
public readonly record struct OfferRef(OfferKind Kind, Guid Id)
{
    public static OfferRef ForCourse(Guid courseId) => new(OfferKind.Course, courseId);
}
