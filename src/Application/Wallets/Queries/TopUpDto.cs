using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.Wallets.Queries;

public sealed record TopUpDto
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public long AmountFen { get; init; }

    public long BonusFen { get; init; }

    public WalletTopUpStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
