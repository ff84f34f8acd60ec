using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Wallets;

/// <summary>
/// Money moved into (+) or out of (−) a user's wallet. A wallet has two pots: <paramref name="PaidFen"/> is money the user
/// paid in (refundable to where it came from), <paramref name="BonusFen"/> is promotional credit (spendable, never paid
/// out). The books post each movement as a balanced journal transaction keyed by <paramref name="MovementId"/>.
/// </summary>
/// <param name="OrderId">The order the movement belongs to (the top-up order, the order the balance paid), if any.</param>
/// <param name="RefundId">The order refund it belongs to, if any.</param>
public sealed record WalletMovedEvent(
    Guid MovementId,
    Guid WalletId,
    Guid UserId,
    WalletMovementKind Kind,
    long PaidFen,
    long BonusFen,
    Guid? OrderId,
    Guid? RefundId,
    DateTimeOffset At)
    : IDomainEvent;

/// <summary>An operator adjusted the balance by <paramref name="AmountFen"/> (±); the audit log keeps who and why.</summary>
public sealed record WalletAdjustedEvent(Guid WalletId, Guid UserId, Guid MovementId, long AmountFen, string Reason) : IDomainEvent;
