namespace KnowledgePay.Domain.Risk;

/// <summary>
/// When one user's refunds within the window look like buying to read and refunding (<see cref="RiskRule.RefundAbuse"/>):
/// at least <see cref="MaxRefunds"/> refunds, or at least <see cref="RefundedShare"/> of the orders paid in the window refunded
/// once there are <see cref="MinPaidOrdersForShare"/> of them. A refund taken after the learner had consumed part of the
/// course counts <see cref="ConsumedRefundWeight"/> times.
/// </summary>
public sealed record RefundAbuseThresholds(int MaxRefunds, int MinPaidOrdersForShare, double RefundedShare, int ConsumedRefundWeight)
{
    /// <param name="refunds">Refunds that succeeded in the window.</param>
    /// <param name="consumedRefunds">Of those, the ones whose course the learner had already partly consumed.</param>
    /// <param name="paidOrders">Orders paid in the window.</param>
    /// <param name="refundedOrders">Of those, the ones refunded (wholly or partly).</param>
    public bool Crossed(int refunds, int consumedRefunds, int paidOrders, int refundedOrders) =>
        refunds + (consumedRefunds * (ConsumedRefundWeight - 1)) >= MaxRefunds
        || (paidOrders >= MinPaidOrdersForShare && refundedOrders >= RefundedShare * paidOrders);
}
