using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Gifts.Queries;

/// <summary>A gift as whoever holds its code sees it: what it gives and who sent it (their nickname only).</summary>
public sealed record GiftPreviewDto
{
    public Guid Id { get; init; }

    public OfferKind Kind { get; init; }

    public Guid OfferId { get; init; }

    public string? FromNickname { get; init; }

    public GiftStatus Status { get; init; }
}
