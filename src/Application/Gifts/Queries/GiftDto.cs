using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Gifts.Queries;

/// <summary>A gift as its buyer sees it: what it gives, the code to pass on, and where it stands.</summary>
public sealed record GiftDto
{
    public Guid Id { get; init; }

    public OfferKind Kind { get; init; }

    public Guid OfferId { get; init; }

    public Guid OrderId { get; init; }

    public string ClaimCode { get; init; } = string.Empty;

    public GiftStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    public string SharePath => GiftLinks.SharePath(ClaimCode);
}
