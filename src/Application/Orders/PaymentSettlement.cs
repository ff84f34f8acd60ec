using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Common.Telemetry;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Turns the provider's statement about a transaction (a verified notification or a query) into at most one paid
/// transition: amount, currency and payer must match the order; the payment and its ledger entry are saved together, and
/// the reactions to <see cref="OrderPaidEvent"/> (the buyer's access, the purchase in the behaviour log) commit with them.
/// The order's paid columns are written by one conditional update at the start of the settlement's transaction, so of two
/// copies of one notification the second waits for the first to commit, finds the order no longer pending and answers
/// "already settled" without doing the reactions' work or failing its save; a copy arriving while its twin is settled in
/// this process waits for it without touching the database (<see cref="SettlementsInProgress"/>).
/// </summary>
internal sealed class PaymentSettlement(
    IApplicationDbContext db,
    IServiceScopeFactory scopes,
    SettlementsInProgress inProgress,
    TimeProvider clock,
    ILogger<PaymentSettlement> logger)
{
    public async Task<SettlementResult> SettleAsync(TransactionReport report, CancellationToken cancellationToken)
    {
        var seen = await SeenAsync(report, cancellationToken);
        if (seen?.IsSettledBy(report) != true && inProgress.Of(report.OutTradeNo) is { } twin)
        {
            await twin.WaitAsync(cancellationToken);
            seen = await SeenAsync(report, cancellationToken);
        }

        var result = seen?.IsSettledBy(report) == true
            ? new SettlementResult(SettlementOutcome.AlreadySettled)
            : await SettleInScopeAsync(report, seen, cancellationToken);
        PaymentMetrics.RecordSettlement(result.Outcome);
        return result;
    }

    private async Task<SettlementResult> SettleInScopeAsync(TransactionReport report, SeenOrder? seen, CancellationToken cancellationToken)
    {
        using var registration = inProgress.Enter(report.OutTradeNo);
        return await scopes.SettleOnceAsync<PaymentSettlement>(
            settlement => settlement.DecideAsync(report, seen, cancellationToken), cancellationToken);
    }

    // WeChat delivers a notification again until it sees our reply, often after we settled it: one indexed read answers
    // those without loading the aggregate or opening a settlement scope (a paid order's transaction id never changes),
    // and for a first notification the same read brings the buyer's openid and whether they already own a course of it.
    private async Task<SeenOrder?> SeenAsync(TransactionReport report, CancellationToken cancellationToken)
    {
        var active = Enrollment.ActiveAt(clock.GetUtcNow());
        return await db.Orders.AsNoTracking()
            .Where(o => o.OutTradeNo == report.OutTradeNo)
            .Select(o => new SeenOrder(
                o.TransactionId,
                db.Users.Where(u => u.Id == o.UserId).Select(u => u.OpenId).FirstOrDefault(),
                o.Lines.Any(l => l.Kind == OfferKind.Course && !l.IsGift
                    && db.Enrollments.Where(active).Any(e => e.UserId == o.UserId && e.CourseId == l.OfferId))))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<SettlementOutcome> DecideAsync(TransactionReport report, SeenOrder? seen, CancellationToken cancellationToken)
    {
        var order = seen is null ? null : await db.Orders.SingleOrDefaultAsync(o => o.OutTradeNo == report.OutTradeNo, cancellationToken);
        if (order is null)
        {
            logger.LogWarning("Security: a payment report names an order number we never issued");
            db.UnknownPaymentReports.Add(UnknownPaymentReport.Record(UnknownPaymentReport.WeChatPay, report.OutTradeNo, clock.GetUtcNow()));
            return SettlementOutcome.Unknown;
        }

        if (report.State is not (TransactionState.Succeeded or TransactionState.Refunded) || report.TransactionId is null)
        {
            return SettlementOutcome.NotFinal;
        }

        if (order.TransactionId == report.TransactionId)
        {
            return SettlementOutcome.AlreadySettled;
        }

        if (Mismatch(order, report, seen!) is { } mismatch)
        {
            return logger.Flag(order, mismatch);
        }

        var paidAt = report.SucceededAt ?? clock.GetUtcNow();
        switch (order.Status)
        {
            case OrderStatus.Pending:
                var pendingVersion = order.Version;
                order.MarkPaid(report.TransactionId, paidAt);
                if (!await ClaimAsync(order, pendingVersion, cancellationToken))
                {
                    return await LostClaimAsync(order, report, cancellationToken);
                }

                db.PaymentLedger.AddRange(PaymentLedgerEntry.ForPayment(order, clock.GetUtcNow()));

                // Access opens with the payment (the reactions to OrderPaidEvent, in this transaction); a buyer who already
                // holds a course they paid for here paid twice, and the order waits for an operator to refund it.
                return seen!.BuyerOwnsACourse ? logger.Flag(order, OrderReviewReason.AlreadyOwned) : SettlementOutcome.Settled;
            case OrderStatus.Closed when order.TransactionId is null:
                order.RecordPaymentAfterClose(report.TransactionId, paidAt);
                db.PaymentLedger.AddRange(PaymentLedgerEntry.ForPayment(order, clock.GetUtcNow()));
                logger.LogFlagged(order, OrderReviewReason.PaidAfterClose);
                return SettlementOutcome.Flagged;
            default:
                return logger.Flag(order, OrderReviewReason.DuplicatePayment);
        }
    }

    /// <summary>
    /// Opens the settlement's transaction (committed after the save, see <see cref="Settling"/>) with one update that
    /// writes the paid columns of <paramref name="order"/> if its row is still pending at <paramref name="pendingVersion"/>:
    /// true when this settlement took the transition, and the save then leaves the order's row alone. A concurrent
    /// settlement of the same order waits on the row (PostgreSQL, SQL Server) or the database (SQLite) until the first
    /// commits, then updates nothing.
    /// </summary>
    private async Task<bool> ClaimAsync(Order order, int pendingVersion, CancellationToken cancellationToken)
    {
        await db.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Orders
            .Where(o => o.Id == order.Id && o.Status == OrderStatus.Pending && o.Version == pendingVersion)
            .ExecuteUpdateAsync(
                u => u.SetProperty(o => o.Status, order.Status)
                    .SetProperty(o => o.TransactionId, order.TransactionId)
                    .SetProperty(o => o.PaidAt, order.PaidAt)
                    .SetProperty(o => o.PaidFen, order.PaidFen)
                    .SetProperty(o => o.Version, order.Version),
                cancellationToken) == 1;
        if (claimed)
        {
            db.MarkWritten(order);
        }

        return claimed;
    }

    /// <summary>
    /// Another settlement changed the order between this one's read and its claim: normally a copy of this notification,
    /// committed meanwhile. Anything else (closed, paid by another transaction, its payment method switched) is decided
    /// when the provider asks again.
    /// </summary>
    private async Task<SettlementOutcome> LostClaimAsync(Order order, TransactionReport report, CancellationToken cancellationToken)
    {
        db.Forget(order);
        await db.RollbackOpenTransactionAsync(cancellationToken);
        return (await SeenAsync(report, cancellationToken))?.IsSettledBy(report) == true
            ? SettlementOutcome.AlreadySettled
            : SettlementOutcome.RetryLater;
    }

    private static OrderReviewReason? Mismatch(Order order, TransactionReport report, SeenOrder seen) =>
        report.TotalFen != order.Total.AmountFen ? OrderReviewReason.AmountMismatch
        : report.Currency != order.Total.Currency ? OrderReviewReason.CurrencyMismatch
        : report.PayerOpenId != seen.BuyerOpenId ? OrderReviewReason.PayerMismatch
        : null;

    /// <summary>What one read tells about the order a report names, before any settlement scope opens.</summary>
    private sealed record SeenOrder(string? TransactionId, string? BuyerOpenId, bool BuyerOwnsACourse)
    {
        public bool IsSettledBy(TransactionReport report) =>
            report is { State: TransactionState.Succeeded or TransactionState.Refunded, TransactionId: { } transactionId }
            && TransactionId == transactionId;
    }
}
