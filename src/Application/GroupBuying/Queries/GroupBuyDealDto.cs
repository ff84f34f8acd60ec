using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.GroupBuying.Queries;

public sealed record GroupBuyDealDto
{
    public Guid Id { get; init; }

    public OfferKind OfferKind { get; init; }

    public Guid OfferId { get; init; }

    public int GroupSize { get; init; }

    public long PriceFen { get; init; }

    public int FillHours { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    public DateTimeOffset? EndedEarlyAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
