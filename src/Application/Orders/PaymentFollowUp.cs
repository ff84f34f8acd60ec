using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Asks the provider what became of a pending order and acts on the answer: settle it when paid, close it when the
/// provider has closed it (a close counts only once a query confirms it:
/// https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/close-order.html). Returns the order's status as
/// stored afterwards; when the provider gave no usable answer, <see cref="CloseAsync"/> throws the typed error and the
/// <c>Try</c> methods return null.
/// </summary>
internal sealed class PaymentFollowUp(
    IApplicationDbContext db,
    IServiceScopeFactory scopes,
    PaymentGateways gateways,
    PaymentSettlement settlement,
    TimeProvider clock)
{
    /// <summary>Closes the order at the provider, then asks; a payment that won the race is settled instead.</summary>
    public async Task<OrderStatus> CloseAsync(Order order, OrderCloseReason reason, CancellationToken cancellationToken) =>
        (await CloseOrFailAsync(order, reason, cancellationToken)).StatusOrThrow(order);

    /// <summary>
    /// For polls and background work: settles a payment whose notification never came, closes the order once it expired
    /// unpaid; null when the provider gave no usable answer this round.
    /// </summary>
    public async Task<OrderStatus?> TryRefreshAsync(Order order, CancellationToken cancellationToken) =>
        (await RefreshOrFailAsync(order, cancellationToken)).Status;

    /// <summary>
    /// Takes the order back from its provider before the buyer pays another way: closed there (confirmed by a query), it
    /// stays pending here and <see cref="OrderStatus.Pending"/> is returned; a payment that won the race is settled instead.
    /// </summary>
    public async Task<OrderStatus> ReleaseAsync(Order order, CancellationToken cancellationToken) =>
        (await CloseOrFailAsync(order, reason: null, cancellationToken)).StatusOrThrow(order);

    /// <summary><see cref="CloseAsync"/> for background work: null when the provider gave no usable answer this round.</summary>
    public async Task<OrderStatus?> TryCloseAsync(Order order, OrderCloseReason reason, CancellationToken cancellationToken) =>
        (await CloseOrFailAsync(order, reason, cancellationToken)).Status;

    private async Task<Outcome> RefreshOrFailAsync(Order order, CancellationToken cancellationToken)
    {
        var query = await gateways.For(order.Channel).QueryPaymentAsync(order.OutTradeNo, cancellationToken);
        if (query.Failure is { Kind: PaymentFailureKind.NotFound })
        {
            // Never checked out, so nobody can pay it.
            return order.HasExpired(clock.GetUtcNow()) ? await CloseHereAsync(order, OrderCloseReason.Expired, cancellationToken) : order.Status;
        }

        if (query.Value is not { } report)
        {
            return query.Failure!;
        }

        return report.State switch
        {
            TransactionState.Succeeded or TransactionState.Refunded => await SettleAsync(order, report, cancellationToken),
            TransactionState.Closed or TransactionState.Revoked => await CloseHereAsync(
                order, order.HasExpired(clock.GetUtcNow()) ? OrderCloseReason.Expired : OrderCloseReason.Cancelled, cancellationToken),
            _ when order.HasExpired(clock.GetUtcNow()) => await CloseOrFailAsync(order, OrderCloseReason.Expired, cancellationToken),
            _ => order.Status,
        };
    }

    /// <param name="reason">Why the order closes here once the provider has closed it; null: it stays pending here.</param>
    private async Task<Outcome> CloseOrFailAsync(Order order, OrderCloseReason? reason, CancellationToken cancellationToken)
    {
        var gateway = gateways.For(order.Channel);
        var close = await gateway.ClosePaymentAsync(order.OutTradeNo, cancellationToken);
        if (close.Failure is { Kind: not (PaymentFailureKind.AlreadyClosed or PaymentFailureKind.NotFound or PaymentFailureKind.PaidOrPaying) })
        {
            return close.Failure;
        }

        var query = await gateway.QueryPaymentAsync(order.OutTradeNo, cancellationToken);
        if (query.Failure is { Kind: PaymentFailureKind.NotFound })
        {
            return await ClosedThereAsync();
        }

        if (query.Value is not { } report)
        {
            return query.Failure!;
        }

        var closeAccepted = close.Failure is null or { Kind: PaymentFailureKind.AlreadyClosed };
        return report.State switch
        {
            TransactionState.Succeeded or TransactionState.Refunded => await SettleAsync(order, report, cancellationToken),
            TransactionState.Closed or TransactionState.Revoked => await ClosedThereAsync(),
            TransactionState.NotPaid or TransactionState.Failed when closeAccepted => await ClosedThereAsync(),
            _ => Outcome.PaymentInProgress,
        };

        async Task<Outcome> ClosedThereAsync() =>
            reason is { } closing ? await CloseHereAsync(order, closing, cancellationToken) : order.Status;
    }

    private async Task<OrderStatus> SettleAsync(Order order, TransactionReport report, CancellationToken cancellationToken)
    {
        await settlement.SettleAsync(report, cancellationToken);
        return await StoredStatusAsync(order, cancellationToken);
    }

    /// <summary>
    /// Closes the order here, in a scope of its own: when another instance closed (or settled) it first, the save
    /// conflicts, the retry reads it no longer pending, and the winner's result stands.
    /// </summary>
    private async Task<OrderStatus> CloseHereAsync(Order order, OrderCloseReason reason, CancellationToken cancellationToken)
    {
        if (!order.IsPending)
        {
            return await StoredStatusAsync(order, cancellationToken);
        }

        return await scopes.RunAsync(
            async services =>
            {
                var scoped = services.GetRequiredService<IApplicationDbContext>();
                var stored = await scoped.OrderAsync(order.Id, cancellationToken);
                if (stored.IsPending)
                {
                    var now = clock.GetUtcNow();
                    if (reason == OrderCloseReason.Expired)
                    {
                        stored.Expire(now);
                    }
                    else
                    {
                        stored.Cancel(now, reason);
                    }

                    await scoped.SaveChangesAsync(cancellationToken);
                }

                return stored.Status;
            },
            cancellationToken);
    }

    private Task<OrderStatus> StoredStatusAsync(Order order, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync(cancellationToken);

    /// <summary>What a follow-up found: the order's stored status, or why the provider could not decide it this round.</summary>
    private sealed record Outcome(OrderStatus? Status, PaymentFailure? Failure)
    {
        /// <summary>The payer is paying right now, so the order can be neither closed nor settled yet.</summary>
        public static readonly Outcome PaymentInProgress = new(null, null);

        public static implicit operator Outcome(OrderStatus status) => new(status, null);

        public static implicit operator Outcome(PaymentFailure failure) => new(null, failure);

        public OrderStatus StatusOrThrow(Order order) =>
            Status ?? throw (Failure is { } failure ? failure.ToError() : (Exception)OrderErrors.PaymentInProgress(order.Id));
    }
}
