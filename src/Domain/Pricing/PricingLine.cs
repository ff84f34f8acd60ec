using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Pricing;

/// <summary>
/// One line of a cart as the engine needs it, read from the catalogue and the buyer's standing by the caller.
/// <see cref="OwnedFen"/> is the list-price share of a bundle the buyer already owns, priced out when the operator
/// allows it (0 otherwise). A gift line is bought for someone else: the buyer's ownership does not matter for it.
/// <see cref="Targeted"/> holds the prices meant for this buyer alone (an experiment's variant, a campaign's offer).
/// </summary>
public sealed record PricingLine(
    OfferRef Offer,
    string Title,
    long ListFen,
    PriceGuardrails Guardrails,
    IReadOnlyList<Guid> CourseIds,
    IReadOnlyList<Guid> CategoryIds,
    long OwnedFen = 0,
    SalePrice? Sale = null,
    MemberPrice? Member = null,
    bool IsGift = false,
    GroupPrice? Group = null,
    IReadOnlyList<TargetedPrice>? Targeted = null);
