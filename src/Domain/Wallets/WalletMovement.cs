using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Wallets;

/// <summary>
/// One line of a wallet's history, never changed once written: what moved in or out of each pot (signed), the pots
/// after it, and what caused it. <see cref="Reference"/> is unique, so a replayed event or a retried command finds the
/// movement it already made instead of moving money twice.
/// </summary>
public sealed class WalletMovement : Entity
{
    private WalletMovement()
    {
        Reference = null!;
    }

    public Guid WalletId { get; private set; }

    public Guid UserId { get; private set; }

    public WalletMovementKind Kind { get; private set; }

    /// <summary>Into (+) or out of (−) the paid pot.</summary>
    public long PaidFen { get; private set; }

    /// <summary>Into (+) or out of (−) the bonus pot.</summary>
    public long BonusFen { get; private set; }

    public long PaidBalanceAfter { get; private set; }

    public long BonusBalanceAfter { get; private set; }

    public Guid? OrderId { get; private set; }

    public Guid? RefundId { get; private set; }

    public Guid? TopUpId { get; private set; }

    /// <summary>Unique: the kind and the id of what caused the movement (e.g. <c>spend:&lt;order id&gt;</c>).</summary>
    public string Reference { get; private set; }

    /// <summary>An operator's reason for an adjustment.</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public long AmountFen => PaidFen + BonusFen;

    public long BalanceAfter => PaidBalanceAfter + BonusBalanceAfter;

    public WalletSplit Split => new(Math.Abs(PaidFen), Math.Abs(BonusFen));

    internal static WalletMovement Record(Wallet wallet, WalletMovementKind kind, long paidFen, long bonusFen, MovementCause cause, DateTimeOffset now) => new()
    {
        WalletId = wallet.Id,
        UserId = wallet.UserId,
        Kind = kind,
        PaidFen = paidFen,
        BonusFen = bonusFen,
        PaidBalanceAfter = wallet.PaidFen,
        BonusBalanceAfter = wallet.BonusFen,
        OrderId = cause.OrderId,
        RefundId = cause.RefundId,
        TopUpId = cause.TopUpId,
        Reference = cause.Reference.Length <= WalletLimits.ReferenceLength
            ? cause.Reference
            : throw WalletErrors.MovementInvalid("The movement reference is too long."),
        Reason = cause.Reason,
        CreatedAt = now,
    };

    /// <summary>The idempotency references, one per cause.</summary>
    public static class References
    {
        public static string TopUp(Guid topUpId) => $"topup:{topUpId:N}";

        public static string Spend(Guid orderId) => $"spend:{orderId:N}";

        public static string Refund(Guid refundId) => $"refund:{refundId:N}";

        public static string TopUpRefund(Guid refundId) => $"topup-refund:{refundId:N}";

        public static string TopUpRefundFailed(Guid refundId) => $"topup-refund-failed:{refundId:N}";

        public static string Adjustment(Guid userId, string clientKey) => $"adjust:{userId:N}:{clientKey}";
    }
}

/// <summary>What caused a movement: its idempotency reference and the ids it belongs to.</summary>
public sealed record MovementCause(string Reference, Guid? OrderId = null, Guid? RefundId = null, Guid? TopUpId = null, string? Reason = null);
