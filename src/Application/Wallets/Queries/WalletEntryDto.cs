using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Application.Wallets.Queries;

/// <summary>One movement of a wallet's history; amounts signed (+ in, − out).</summary>
public sealed record WalletEntryDto
{
    public Guid Id { get; init; }

    public Guid WalletId { get; init; }

    public WalletMovementKind Kind { get; init; }

    /// <summary>Paid plus bonus moved.</summary>
    public long AmountFen { get; init; }

    public long PaidFen { get; init; }

    public long BonusFen { get; init; }

    public long BalanceAfterFen { get; init; }

    public Guid? OrderId { get; init; }

    public string? Reason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
