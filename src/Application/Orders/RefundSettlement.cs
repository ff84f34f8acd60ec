using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Turns the provider's statement about a refund into at most one change: a success books the refund in the ledger
/// (the reactions to <see cref="OrderRefundedEvent"/>, such as withdrawing access once the whole payment is back, commit
/// with it); a close frees the amount for a new refund.
/// </summary>
internal sealed class RefundSettlement(
    IApplicationDbContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RefundSettlement> logger)
{
    public Task<SettlementResult> SettleAsync(RefundReport report, CancellationToken cancellationToken) =>
        scopes.SettleOnceAsync<RefundSettlement>(settlement => settlement.DecideAsync(report, cancellationToken), cancellationToken);

    private async Task<SettlementOutcome> DecideAsync(RefundReport report, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Refunds)
            .SingleOrDefaultAsync(o => o.Refunds.Any(r => r.OutRefundNo == report.OutRefundNo), cancellationToken);
        if (order is null)
        {
            logger.LogWarning("Security: a refund report names a refund number we never issued");
            return SettlementOutcome.Unknown;
        }

        var refund = order.RefundNumbered(report.OutRefundNo);
        var now = clock.GetUtcNow();
        return (report.State, refund.Status) switch
        {
            (RefundState.Processing, _) => SettlementOutcome.NotFinal,
            (RefundState.Succeeded, RefundStatus.Succeeded) or (RefundState.Closed, RefundStatus.Closed)
                or (RefundState.Abnormal, RefundStatus.Abnormal) => SettlementOutcome.AlreadySettled,
            (_, RefundStatus.Succeeded or RefundStatus.Closed) => logger.Flag(order, OrderReviewReason.RefundMismatch),
            (RefundState.Succeeded, _) when report.RefundFen != refund.AmountFen => logger.Flag(order, OrderReviewReason.RefundMismatch),
            (RefundState.Succeeded, _) => Complete(order, report, now),
            (RefundState.Closed, _) => Fail(order, report, now),
            _ => MarkAbnormal(order, report),
        };
    }

    private SettlementOutcome Complete(Order order, RefundReport report, DateTimeOffset now)
    {
        var refund = order.CompleteRefund(report.OutRefundNo, report.RefundId, report.SucceededAt ?? now);
        db.PaymentLedger.AddRange(PaymentLedgerEntry.ForRefund(refund, now));
        return SettlementOutcome.Settled;
    }

    private static SettlementOutcome Fail(Order order, RefundReport report, DateTimeOffset now)
    {
        order.FailRefund(report.OutRefundNo, report.RefundId, now);
        return SettlementOutcome.Settled;
    }

    private SettlementOutcome MarkAbnormal(Order order, RefundReport report)
    {
        order.MarkRefundAbnormal(report.OutRefundNo, report.RefundId);
        logger.LogFlagged(order, OrderReviewReason.RefundAbnormal);
        return SettlementOutcome.Flagged;
    }
}
