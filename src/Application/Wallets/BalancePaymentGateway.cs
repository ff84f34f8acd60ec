using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Wallets;

/// <summary>
/// The balance (余额) as a payment provider, over our own database. Paying settles the order at once through
/// <see cref="PaymentSettlement"/> with a report it writes itself (the transaction id is derived from the order, the payer
/// is the buyer), so the order's payment, its ledger entries, the wallet's debit and the access it grants commit in one
/// transaction; a refund succeeds at once, and the money goes back to the wallet with <see cref="OrderRefundedEvent"/>.
/// Spending needs a recent login (the mini program logs in again silently with wx.login).
/// </summary>
internal sealed class BalancePaymentGateway(
    IApplicationDbContext db, ICurrentUser user, PaymentSettlement settlement, TimeProvider clock, IOptions<WalletOptions> options)
    : IPaymentGateway
{
    /// <summary>A racing retry of the same checkout makes the settlement conflict; the next attempt reads the winner's.</summary>
    private const int SettlementAttempts = 5;

    private const string TransactionPrefix = "BAL";

    private const string RefundPrefix = "BALR";

    public PaymentChannel Channel => PaymentChannel.Balance;

    public async Task<PaymentResult<ClientPaymentParameters>> StartPaymentAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        await EnsureRecentLoginAsync(cancellationToken);
        var report = new TransactionReport(
            request.OutTradeNo, TransactionState.Succeeded, TransactionIdOf(request.OrderId), request.AmountFen, Money.Cny,
            request.PayerOpenId, clock.GetUtcNow());
        for (var attempt = 1; attempt <= SettlementAttempts; attempt++)
        {
            var settled = await settlement.SettleAsync(report, cancellationToken);
            if (settled.Outcome is SettlementOutcome.Settled or SettlementOutcome.AlreadySettled or SettlementOutcome.Flagged)
            {
                var balance = await db.Wallets.AsNoTracking().Where(w => w.UserId == request.PayerId)
                    .Select(w => w.PaidFen + w.BonusFen).SingleAsync(cancellationToken);
                return PaymentResult<ClientPaymentParameters>.Ok(new BalancePaymentParameters(balance));
            }

            if (settled.Outcome != SettlementOutcome.RetryLater)
            {
                return Failed<ClientPaymentParameters>(PaymentFailureKind.Rejected, $"The balance payment ended as {settled.Outcome}.");
            }
        }

        return Failed<ClientPaymentParameters>(PaymentFailureKind.OutcomeUnknown, "The order kept changing; pay again.");
    }

    public async Task<PaymentResult<TransactionReport>> QueryPaymentAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var paid = await db.Orders.AsNoTracking()
            .Where(o => o.OutTradeNo == outTradeNo && o.TransactionId != null && o.TransactionId.StartsWith(TransactionPrefix))
            .Select(o => new { o.TransactionId, o.PaidFen, o.Total.Currency, o.PaidAt, o.RefundedFen, o.UserId })
            .SingleOrDefaultAsync(cancellationToken);
        if (paid is null)
        {
            // Unpaid: nothing outside us holds the order, so it may be closed at any time.
            return Failed<TransactionReport>(PaymentFailureKind.NotFound, "The balance has not paid this order.");
        }

        var openId = await db.Users.Where(u => u.Id == paid.UserId).Select(u => u.OpenId).SingleOrDefaultAsync(cancellationToken);
        var state = paid.RefundedFen > 0 ? TransactionState.Refunded : TransactionState.Succeeded;
        return PaymentResult<TransactionReport>.Ok(
            new TransactionReport(outTradeNo, state, paid.TransactionId, paid.PaidFen, paid.Currency, openId, paid.PaidAt));
    }

    public async Task<PaymentResult<Closed>> ClosePaymentAsync(string outTradeNo, CancellationToken cancellationToken) =>
        (await QueryPaymentAsync(outTradeNo, cancellationToken)).Value is null
            ? PaymentResult<Closed>.Ok(Closed.Instance)
            : Failed<Closed>(PaymentFailureKind.PaidOrPaying, "The balance has paid this order.");

    public Task<PaymentResult<RefundReport>> RefundAsync(RefundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PaymentResult<RefundReport>.Ok(new RefundReport(
            request.OutRefundNo, request.OutTradeNo, RefundPrefix + request.OutRefundNo, RefundState.Succeeded, request.RefundFen,
            clock.GetUtcNow())));

    public async Task<PaymentResult<RefundReport>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken)
    {
        var refund = await db.Orders.AsNoTracking()
            .SelectMany(o => o.Refunds.Select(r => new { o.OutTradeNo, o.Channel, Refund = r }))
            .SingleOrDefaultAsync(x => x.Refund.OutRefundNo == outRefundNo && x.Channel == PaymentChannel.Balance, cancellationToken);
        return refund is null
            ? Failed<RefundReport>(PaymentFailureKind.NotFound, "No balance refund has this number.")
            : PaymentResult<RefundReport>.Ok(new RefundReport(
                outRefundNo, refund.OutTradeNo, RefundPrefix + outRefundNo, RefundState.Succeeded, refund.Refund.AmountFen,
                refund.Refund.CompletedAt ?? clock.GetUtcNow()));
    }

    /// <summary>The transaction id of the order's balance payment: one per order, so the order is paid from the balance once.</summary>
    internal static string TransactionIdOf(Guid orderId) => $"{TransactionPrefix}{orderId:N}";

    /// <summary>The session's login — the first token of its refresh-token family — must be recent.</summary>
    private async Task EnsureRecentLoginAsync(CancellationToken cancellationToken)
    {
        var sessionId = user.SessionId;
        var loggedInAt = sessionId is null
            ? null
            : await db.RefreshTokens.Where(t => t.FamilyId == sessionId && t.UserId == user.Id)
                .OrderBy(t => t.CreatedAt).Select(t => (DateTimeOffset?)t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (loggedInAt is null || clock.GetUtcNow() - loggedInAt > options.Value.RecentLogin)
        {
            throw WalletErrors.RecentLoginRequired(options.Value.RecentLoginMinutes);
        }
    }

    private static PaymentResult<T> Failed<T>(PaymentFailureKind kind, string message)
        where T : class =>
        PaymentResult<T>.Fail(new PaymentFailure(kind, kind.ToString(), message));
}
