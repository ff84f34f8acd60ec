using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Orders.Queries;

public sealed record OrderLineDto
{
    public Guid Id { get; init; }

    public int Position { get; init; }

    public OfferKind Kind { get; init; }

    public Guid OfferId { get; init; }

    public string Title { get; init; } = "";

    public long ListFen { get; init; }

    public long AmountFen { get; init; }

    public long RefundedFen { get; init; }

    public bool IsGift { get; init; }

    public Guid? GroupBuyId { get; init; }

    public IReadOnlyList<OrderLineStepDto> Steps { get; init; } = [];
}

public sealed record OrderLineStepDto
{
    public int Position { get; init; }

    public PriceStepKind Kind { get; init; }

    public long AmountFen { get; init; }

    public string Reason { get; init; } = "";
}
