using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals.Queries;

public sealed record CommissionDto
{
    public Guid Id { get; init; }

    public Guid PromoterId { get; init; }

    public Guid OrderId { get; init; }

    public int Level { get; init; }

    public OfferKind Kind { get; init; }

    public Guid OfferId { get; init; }

    public long LineAmountFen { get; init; }

    public int RateBp { get; init; }

    public long AmountFen { get; init; }

    public long ReversedFen { get; init; }

    public CommissionState State { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ValidAfter { get; init; }

    public DateTimeOffset? ValidAt { get; init; }

    public DateTimeOffset? ReversedAt { get; init; }
}
