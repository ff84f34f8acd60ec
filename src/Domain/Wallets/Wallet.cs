using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Wallets;

/// <summary>
/// A user's balance (余额), opened on first use: money they paid in (<see cref="PaidFen"/>, refundable to WeChat Pay) and
/// promotional credit (<see cref="BonusFen"/>, spendable only), neither ever below zero. Every change is a
/// <see cref="WalletMovement"/> and raises <see cref="WalletMovedEvent"/>; callers lock the row before they read it
/// (see <c>WalletLocks</c>), and <see cref="Version"/> rejects a save that did not.
/// </summary>
public sealed class Wallet : Entity
{
    private Wallet()
    {
    }

    public Guid UserId { get; private set; }

    public long PaidFen { get; private set; }

    public long BonusFen { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Bumped by every movement: the concurrency token.</summary>
    public int Version { get; private set; }

    public long BalanceFen => PaidFen + BonusFen;

    public static Wallet Open(Guid userId, DateTimeOffset now) => new() { UserId = userId, CreatedAt = now, UpdatedAt = now };

    /// <summary>A paid top-up arrives: what WeChat Pay took into the paid pot, its bonus tier into the bonus pot.</summary>
    public WalletMovement TopUp(WalletTopUp topUp, Guid orderId, DateTimeOffset now)
    {
        topUp.MarkCredited(now);
        return Move(WalletMovementKind.TopUp, topUp.AmountFen, topUp.BonusFen,
            new MovementCause(WalletMovement.References.TopUp(topUp.Id), orderId, TopUpId: topUp.Id), now);
    }

    /// <summary>
    /// Pays <paramref name="amountFen"/> of an order: the paid pot first, the bonus pot for the rest, so paid money is used
    /// before promotional credit runs out and what is left refundable to WeChat Pay is never more than needed.
    /// </summary>
    public WalletMovement Spend(Guid orderId, long amountFen, DateTimeOffset now)
    {
        if (amountFen <= 0)
        {
            throw WalletErrors.MovementInvalid("A spend takes at least 1 fen.");
        }

        if (amountFen > BalanceFen)
        {
            throw WalletErrors.InsufficientBalance(amountFen, BalanceFen);
        }

        var paid = Math.Min(PaidFen, amountFen);
        return Move(WalletMovementKind.Spend, -paid, -(amountFen - paid), new MovementCause(WalletMovement.References.Spend(orderId), orderId), now);
    }

    /// <summary>
    /// A refund of an order this wallet paid comes back in the proportions the spend took: <paramref name="spend"/> and
    /// what earlier refunds of it returned (<paramref name="refundedBefore"/>) fix the split (<see cref="WalletSplit.Proportional"/>).
    /// </summary>
    public WalletMovement Refund(WalletMovement spend, WalletSplit refundedBefore, Guid refundId, long amountFen, DateTimeOffset now)
    {
        if (spend.Kind != WalletMovementKind.Spend || spend.WalletId != Id)
        {
            throw WalletErrors.MovementInvalid("A refund goes back against a spend of the same wallet.");
        }

        var split = WalletSplit.Proportional(spend.Split, refundedBefore, amountFen);
        return Move(WalletMovementKind.Refund, split.PaidFen, split.BonusFen,
            new MovementCause(WalletMovement.References.Refund(refundId), spend.OrderId, refundId), now);
    }

    /// <summary>
    /// A refund of <paramref name="paidFen"/> of a top-up is about to go to WeChat Pay: that paid money leaves now, with the
    /// top-up's bonus in proportion (as much as the bonus pot still holds). Refused when the paid pot no longer holds it,
    /// so WeChat Pay is never asked to pay back money already spent.
    /// </summary>
    public WalletMovement HoldTopUpRefund(WalletTopUp topUp, Guid orderId, Guid refundId, long paidFen, DateTimeOffset now)
    {
        if (paidFen > PaidFen)
        {
            throw WalletErrors.TopUpSpent(paidFen, PaidFen);
        }

        var bonus = Math.Min(topUp.BonusShareOf(paidFen), BonusFen);
        topUp.HoldRefund(paidFen, bonus);
        return Move(WalletMovementKind.TopUpRefund, -paidFen, -bonus,
            new MovementCause(WalletMovement.References.TopUpRefund(refundId), orderId, refundId, topUp.Id), now);
    }

    /// <summary>WeChat Pay refused that top-up refund for good: exactly what <paramref name="hold"/> took comes back.</summary>
    public WalletMovement ReleaseTopUpRefund(WalletTopUp topUp, WalletMovement hold, DateTimeOffset now)
    {
        if (hold.Kind != WalletMovementKind.TopUpRefund || hold.WalletId != Id || hold.TopUpId != topUp.Id)
        {
            throw WalletErrors.MovementInvalid("Only a top-up refund's hold of this wallet can be released.");
        }

        topUp.ReleaseRefund(-hold.PaidFen, -hold.BonusFen);
        return Move(WalletMovementKind.TopUpRefundFailed, -hold.PaidFen, -hold.BonusFen,
            new MovementCause(WalletMovement.References.TopUpRefundFailed(hold.RefundId!.Value), hold.OrderId, hold.RefundId, topUp.Id), now);
    }

    /// <summary>
    /// An operator's correction: a credit goes to the bonus pot (the platform received no money for it, so it never goes
    /// out to WeChat Pay); a debit takes the bonus pot first, then the paid pot.
    /// </summary>
    public WalletMovement Adjust(long amountFen, string reason, string clientKey, DateTimeOffset now)
    {
        if (amountFen == 0 || Math.Abs(amountFen) > WalletLimits.MaxAdjustmentFen)
        {
            throw WalletErrors.AdjustmentInvalid($"An adjustment is from 1 to {WalletLimits.MaxAdjustmentFen} fen either way, not {amountFen}.");
        }

        var why = Text.Required(reason, WalletLimits.ReasonLength,
            () => WalletErrors.AdjustmentInvalid($"An adjustment needs a reason of at most {WalletLimits.ReasonLength} characters."));
        if (-amountFen > BalanceFen)
        {
            throw WalletErrors.InsufficientBalance(-amountFen, BalanceFen);
        }

        var bonus = amountFen > 0 ? amountFen : -Math.Min(BonusFen, -amountFen);
        var movement = Move(WalletMovementKind.Adjustment, amountFen - bonus, bonus,
            new MovementCause(WalletMovement.References.Adjustment(UserId, clientKey), Reason: why), now);
        Raise(new WalletAdjustedEvent(Id, UserId, movement.Id, amountFen, why));
        return movement;
    }

    private WalletMovement Move(WalletMovementKind kind, long paidFen, long bonusFen, MovementCause cause, DateTimeOffset now)
    {
        if ((paidFen == 0 && bonusFen == 0) || PaidFen + paidFen < 0 || BonusFen + bonusFen < 0)
        {
            throw WalletErrors.MovementInvalid($"A {kind} of {paidFen} paid and {bonusFen} bonus fen does not fit the wallet.");
        }

        PaidFen += paidFen;
        BonusFen += bonusFen;
        UpdatedAt = now;
        Version++;
        var movement = WalletMovement.Record(this, kind, paidFen, bonusFen, cause, now);
        Raise(new WalletMovedEvent(movement.Id, Id, UserId, kind, paidFen, bonusFen, cause.OrderId, cause.RefundId, now));
        return movement;
    }
}
