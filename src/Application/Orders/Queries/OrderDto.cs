using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.Queries;

public sealed record OrderDto
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The first line's title when ordered (and how many more).</summary>
    public string Title { get; init; } = "";

    public long AmountFen { get; init; }

    public string Currency { get; init; } = "";

    public OrderStatus Status { get; init; }

    public PaymentChannel Channel { get; init; }

    public string OutTradeNo { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? PaidAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public OrderCloseReason? CloseReason { get; init; }

    public long PaidFen { get; init; }

    public long RefundedFen { get; init; }

    /// <summary>Admins only: whether the order waits for an operator; null for anyone else.</summary>
    public bool? NeedsReview { get; init; }

    /// <summary>Admins only: why the order waits for an operator; null when it does not, and for anyone else.</summary>
    public OrderReviewReason? ReviewReason { get; init; }

    /// <summary>Admins only: when WeChat accepted the shipping record of its WeChat Pay payment; null otherwise.</summary>
    public DateTimeOffset? ShippingRecordedAt { get; init; }

    public IReadOnlyList<OrderLineDto> Lines { get; init; } = [];

    public IReadOnlyList<RefundDto> Refunds { get; init; } = [];
}
