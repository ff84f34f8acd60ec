using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Pricing;

/// <summary>
/// A sellable course or offer as the catalogue holds it now. <see cref="CourseListFen"/> gives each course it opens and
/// that course's own list price (for pricing out the owned part of a bundle).
/// </summary>
internal sealed record CartItem(
    OfferRef Offer,
    string Title,
    long ListFen,
    PriceGuardrails Guardrails,
    IReadOnlyList<Guid> CourseIds,
    IReadOnlyList<Guid> CategoryIds,
    IReadOnlyDictionary<Guid, long> CourseListFen);
