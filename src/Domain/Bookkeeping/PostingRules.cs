using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Domain.Bookkeeping;

/// <summary>
/// How each money movement is posted. An outside payment moves a line's amount from the channel's clearing account to
/// revenue (a refund moves it back); top-up lines are posted from the wallet's movement and balance payments from the
/// wallet's spend, so the order rules skip both. A wallet movement puts its signed amounts on the user's two pots and
/// the opposite on each pot's counterpart.
/// </summary>
public static class PostingRules
{
    /// <summary>The clearing account of each outside channel; the balance has none (its orders post from the wallet).</summary>
    private static readonly Dictionary<PaymentChannel, JournalAccount> Clearing = new()
    {
        [PaymentChannel.WeChatPayJsapi] = JournalAccount.WeChatPayClearing,
        [PaymentChannel.WeChatVirtualPayment] = JournalAccount.VirtualPaymentClearing,
    };

    /// <summary>Per movement kind: the counterpart of the paid pot, of the bonus pot, which way money moves, and the cause.</summary>
    private static readonly Dictionary<WalletMovementKind, WalletRule> Wallet = new()
    {
        [WalletMovementKind.TopUp] = new(JournalAccount.WeChatPayClearing, JournalAccount.BonusFunding, Direction.In, JournalCause.WalletTopUp),
        [WalletMovementKind.Spend] = new(JournalAccount.PlatformRevenue, JournalAccount.PlatformRevenue, Direction.Out, JournalCause.WalletSpend),
        [WalletMovementKind.Refund] = new(JournalAccount.PlatformRevenue, JournalAccount.PlatformRevenue, Direction.In, JournalCause.WalletRefund),
        [WalletMovementKind.TopUpRefund] =
            new(JournalAccount.WeChatPayClearing, JournalAccount.BonusFunding, Direction.Out, JournalCause.WalletTopUpRefund),
        [WalletMovementKind.TopUpRefundFailed] =
            new(JournalAccount.WeChatPayClearing, JournalAccount.BonusFunding, Direction.In, JournalCause.WalletTopUpRefundFailed),
        [WalletMovementKind.Adjustment] =
            new(JournalAccount.ManualAdjustments, JournalAccount.ManualAdjustments, Direction.Either, JournalCause.WalletAdjustment),
    };

    private enum Direction
    {
        In,
        Out,
        Either,
    }

    public static string OrderPaidKey(Guid orderId) => $"order-paid:{orderId}";

    public static string OrderRefundKey(Guid refundId) => $"order-refund:{refundId}";

    public static string WalletKey(Guid movementId) => $"wallet:{movementId}";

    /// <summary>The transaction of an order paid through an outside channel; null for a balance payment.</summary>
    public static JournalTransaction? For(OrderPaidEvent paid, DateTimeOffset now) =>
        Clearing.TryGetValue(paid.Channel, out var clearing)
            ? Sale(OrderPaidKey(paid.OrderId), JournalCause.OrderPaid, paid.OrderId, now, clearing, SoldFen(paid.Lines.Select(l => (l.Kind, l.AmountFen))))
            : null;

    /// <summary>The transaction of a refund paid out through an outside channel; null for one back to the balance.</summary>
    public static JournalTransaction? For(OrderRefundedEvent refunded, DateTimeOffset now) =>
        Clearing.TryGetValue(refunded.Channel, out var clearing)
            ? Sale(OrderRefundKey(refunded.RefundId), JournalCause.OrderRefunded, refunded.OrderId, now, clearing,
                -SoldFen(refunded.Lines.Select(l => (l.Kind, l.AmountFen))))
            : null;

    public static JournalTransaction For(WalletMovedEvent moved)
    {
        var rule = Wallet[moved.Kind];
        if (!rule.Allows(moved.PaidFen) || !rule.Allows(moved.BonusFen))
        {
            throw BookkeepingErrors.WrongDirection(moved.MovementId, moved.Kind);
        }

        return JournalTransaction.Balanced(WalletKey(moved.MovementId), rule.Cause, moved.OrderId, moved.At,
        [
            new(JournalAccount.UserWallet, moved.UserId, moved.PaidFen),
            new(rule.PaidCounterpart, null, -moved.PaidFen),
            new(JournalAccount.UserBonus, moved.UserId, moved.BonusFen),
            new(rule.BonusCounterpart, null, -moved.BonusFen),
        ]);
    }

    private static long SoldFen(IEnumerable<(OfferKind Kind, long AmountFen)> lines) =>
        lines.Where(l => l.Kind != OfferKind.WalletTopUp).Sum(l => l.AmountFen);

    private static JournalTransaction Sale(string key, JournalCause cause, Guid orderId, DateTimeOffset now, JournalAccount clearing, long revenueFen) =>
        JournalTransaction.Balanced(key, cause, orderId, now,
        [
            new(clearing, null, -revenueFen),
            new(JournalAccount.PlatformRevenue, null, revenueFen),
        ]);

    private sealed record WalletRule(JournalAccount PaidCounterpart, JournalAccount BonusCounterpart, Direction Direction, JournalCause Cause)
    {
        public bool Allows(long amountFen) => Direction switch
        {
            Direction.In => amountFen >= 0,
            Direction.Out => amountFen <= 0,
            _ => true,
        };
    }
}
