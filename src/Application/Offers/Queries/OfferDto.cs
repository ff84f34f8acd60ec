using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Offers.Queries;

/// <summary>
/// Something sellable as the catalogue lists it: a bundle, a membership plan, or (kind <see cref="OfferKind.Course"/>,
/// id = the course's id) a single course at its own price.
/// </summary>
public sealed record OfferDto
{
    public Guid Id { get; init; }

    public OfferKind Kind { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Description { get; init; }

    public long ListPriceFen { get; init; }

    public string Currency { get; init; } = string.Empty;

    /// <summary>The creator whose bundle it is; null for the platform's own offers.</summary>
    public Guid? CreatorId { get; init; }

    public bool IsOnSale { get; init; }

    public bool IsSeries { get; init; }

    public int? MembershipDays { get; init; }

    public int MemberDiscountPercent { get; init; }

    public bool CoversAllCourses { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
