namespace KnowledgePay.Application.Wallets.Queries;

public sealed record WalletDto
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>Paid plus bonus: what the user can spend.</summary>
    public long BalanceFen { get; init; }

    public long PaidFen { get; init; }

    public long BonusFen { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
