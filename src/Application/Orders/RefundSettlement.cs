using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Tracking;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Turns the provider's statement about a refund into at most one change: a success books the refund in the ledger
/// and, once the whole payment is back, withdraws the buyer's access; a close frees the amount for a new refund.
/// </summary>
internal sealed class RefundSettlement(IApplicationDbContext db, TimeProvider clock, ILogger<RefundSettlement> logger)
{
    public Task<SettlementResult> SettleAsync(RefundReport report, CancellationToken cancellationToken) =>
        db.SettleOnceAsync(() => DecideAsync(report, cancellationToken), cancellationToken);

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
            (RefundState.Succeeded, _) => await CompleteAsync(order, report, now, cancellationToken),
            (RefundState.Closed, _) => Fail(order, report, now),
            _ => MarkAbnormal(order, report),
        };
    }

    private async Task<SettlementOutcome> CompleteAsync(
        Order order, RefundReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var refund = order.CompleteRefund(report.OutRefundNo, report.RefundId, report.SucceededAt ?? now);
        db.PaymentLedger.Add(PaymentLedgerEntry.ForRefund(refund, now));
        await db.RecordServerEventAsync(
            order.UserId, BehaviourEventKind.Refund, order.CourseId, $"refund:{refund.OutRefundNo}",
            refund.CompletedAt ?? now, now, cancellationToken);
        if (order.IsFullyRefunded)
        {
            var enrollment = await db.Enrollments.SingleOrDefaultAsync(
                e => e.OrderId == order.Id && e.RevokedAt == null, cancellationToken);
            enrollment?.Revoke(now);
        }

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
