using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Application.Referrals.Queries;

public sealed record WithdrawalDto
{
    public Guid Id { get; init; }

    public Guid PromoterId { get; init; }

    public long AmountFen { get; init; }

    public WithdrawalStatus Status { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    public string? RejectReason { get; init; }

    public string? PayoutReference { get; init; }

    public DateTimeOffset? PaidAt { get; init; }
}
