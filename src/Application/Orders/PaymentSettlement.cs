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
/// </summary>
internal sealed class PaymentSettlement(
    IApplicationDbContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger<PaymentSettlement> logger)
{
    public async Task<SettlementResult> SettleAsync(TransactionReport report, CancellationToken cancellationToken)
    {
        var result = await IsAlreadySettledAsync(report, cancellationToken)
            ? new SettlementResult(SettlementOutcome.AlreadySettled)
            : await scopes.SettleOnceAsync<PaymentSettlement>(
                settlement => settlement.DecideAsync(report, cancellationToken), cancellationToken);
        PaymentMetrics.RecordSettlement(result.Outcome);
        return result;
    }

    // WeChat delivers a notification again until it sees our reply, often after we settled it: one indexed read of the
    // order's transaction id answers those without loading the aggregate or opening a settlement scope. The answer is the
    // one DecideAsync would give, since a paid order's transaction id never changes.
    private async Task<bool> IsAlreadySettledAsync(TransactionReport report, CancellationToken cancellationToken) =>
        report is { State: TransactionState.Succeeded or TransactionState.Refunded, TransactionId: { } transactionId }
            && await db.Orders.AsNoTracking()
                .AnyAsync(o => o.OutTradeNo == report.OutTradeNo && o.TransactionId == transactionId, cancellationToken);

    private async Task<SettlementOutcome> DecideAsync(TransactionReport report, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Refunds)
            .SingleOrDefaultAsync(o => o.OutTradeNo == report.OutTradeNo, cancellationToken);
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

        if (await MismatchAsync(order, report, cancellationToken) is { } mismatch)
        {
            return logger.Flag(order, mismatch);
        }

        var paidAt = report.SucceededAt ?? clock.GetUtcNow();
        switch (order.Status)
        {
            case OrderStatus.Pending:
                order.MarkPaid(report.TransactionId, paidAt);
                db.PaymentLedger.AddRange(PaymentLedgerEntry.ForPayment(order, clock.GetUtcNow()));

                // Access opens with the payment (the reactions to OrderPaidEvent, in this transaction); a buyer who already
                // holds a course they paid for here paid twice, and the order waits for an operator to refund it.
                return await AlreadyOwnsAsync(order, cancellationToken)
                    ? logger.Flag(order, OrderReviewReason.AlreadyOwned)
                    : SettlementOutcome.Settled;
            case OrderStatus.Closed when order.TransactionId is null:
                order.RecordPaymentAfterClose(report.TransactionId, paidAt);
                db.PaymentLedger.AddRange(PaymentLedgerEntry.ForPayment(order, clock.GetUtcNow()));
                logger.LogFlagged(order, OrderReviewReason.PaidAfterClose);
                return SettlementOutcome.Flagged;
            default:
                return logger.Flag(order, OrderReviewReason.DuplicatePayment);
        }
    }

    private async Task<bool> AlreadyOwnsAsync(Order order, CancellationToken cancellationToken)
    {
        var courseIds = order.Lines.Where(l => l is { Kind: OfferKind.Course, IsGift: false }).Select(l => l.OfferId).ToList();
        return courseIds.Count > 0
            && await db.Enrollments.ActiveFor(order.UserId, clock.GetUtcNow()).AnyAsync(e => courseIds.Contains(e.CourseId), cancellationToken);
    }

    private async Task<OrderReviewReason?> MismatchAsync(Order order, TransactionReport report, CancellationToken cancellationToken)
    {
        if (report.TotalFen != order.Total.AmountFen)
        {
            return OrderReviewReason.AmountMismatch;
        }

        if (report.Currency != order.Total.Currency)
        {
            return OrderReviewReason.CurrencyMismatch;
        }

        var buyerOpenId = await db.Users.Where(u => u.Id == order.UserId).Select(u => u.OpenId).SingleOrDefaultAsync(cancellationToken);
        return report.PayerOpenId != buyerOpenId ? OrderReviewReason.PayerMismatch : null;
    }
}
