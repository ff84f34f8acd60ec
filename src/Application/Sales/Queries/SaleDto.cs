using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Application.Sales.Queries;

public sealed record SaleDto
{
    public Guid Id { get; init; }

    public OfferKind OfferKind { get; init; }

    public Guid OfferId { get; init; }

    public SaleKind Kind { get; init; }

    public string Title { get; init; } = string.Empty;

    public long PriceFen { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    public int? Stock { get; init; }

    public int Sold { get; init; }

    public int? PerUserLimit { get; init; }

    public Guid? SetByUserId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EndedEarlyAt { get; init; }
}
