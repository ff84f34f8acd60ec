using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.Queries;

public sealed record RefundDto
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public string OutRefundNo { get; init; } = "";

    public long AmountFen { get; init; }

    public string Reason { get; init; } = "";

    public RefundStatus Status { get; init; }

    public Guid RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
