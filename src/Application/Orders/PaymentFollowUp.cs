using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Asks the provider what became of a pending order and acts on the answer: settle it when paid, close it when the
/// provider has closed it (a close counts only once a query confirms it: https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/close-order.html). Returns the order's status as
/// stored afterwards; a provider that does not answer surfaces as <see cref="OrderErrors.PaymentProviderUnavailable"/>.
/// </summary>
internal sealed class PaymentFollowUp(
    IApplicationDbContext db, PaymentGateways gateways, PaymentSettlement settlement, TimeProvider clock)
{
    /// <summary>Settles a payment whose notification never came; closes the order once it expired unpaid.</summary>
    public async Task<OrderStatus> RefreshAsync(Order order, CancellationToken cancellationToken)
    {
        var query = await gateways.For(order.Channel).QueryPaymentAsync(order.OutTradeNo, cancellationToken);
        if (query.Failure is { Kind: PaymentFailureKind.NotFound })
        {
            // Never checked out, so nobody can pay it.
            return order.HasExpired(clock.GetUtcNow()) ? await CloseHereAsync(order, OrderCloseReason.Expired, cancellationToken) : order.Status;
        }

        var report = query.Value ?? throw PaymentGateways.Unavailable(query.Failure!);
        return report.State switch
        {
            TransactionState.Succeeded or TransactionState.Refunded => await SettleAsync(order, report, cancellationToken),
            TransactionState.Closed or TransactionState.Revoked => await CloseHereAsync(
                order, order.HasExpired(clock.GetUtcNow()) ? OrderCloseReason.Expired : OrderCloseReason.Cancelled, cancellationToken),
            _ when order.HasExpired(clock.GetUtcNow()) => await CloseAsync(order, OrderCloseReason.Expired, cancellationToken),
            _ => order.Status,
        };
    }

    /// <summary>Closes the order at the provider, then asks; a payment that won the race is settled instead.</summary>
    public async Task<OrderStatus> CloseAsync(Order order, OrderCloseReason reason, CancellationToken cancellationToken)
    {
        var gateway = gateways.For(order.Channel);
        var close = await gateway.ClosePaymentAsync(order.OutTradeNo, cancellationToken);
        if (close.Failure is { Kind: not (PaymentFailureKind.AlreadyClosed or PaymentFailureKind.NotFound or PaymentFailureKind.PaidOrPaying) })
        {
            throw PaymentGateways.Unavailable(close.Failure);
        }

        var query = await gateway.QueryPaymentAsync(order.OutTradeNo, cancellationToken);
        if (query.Failure is { Kind: PaymentFailureKind.NotFound })
        {
            return await CloseHereAsync(order, reason, cancellationToken);
        }

        var report = query.Value ?? throw PaymentGateways.Unavailable(query.Failure!);
        var closeAccepted = close.Failure is null or { Kind: PaymentFailureKind.AlreadyClosed };
        return report.State switch
        {
            TransactionState.Succeeded or TransactionState.Refunded => await SettleAsync(order, report, cancellationToken),
            TransactionState.Closed or TransactionState.Revoked => await CloseHereAsync(order, reason, cancellationToken),
            TransactionState.NotPaid or TransactionState.Failed when closeAccepted => await CloseHereAsync(order, reason, cancellationToken),
            _ => throw OrderErrors.PaymentInProgress(order.Id),
        };
    }

    /// <summary><see cref="RefreshAsync"/> for polls and background work: null when the provider gave no usable answer this round.</summary>
    public Task<OrderStatus?> TryRefreshAsync(Order order, CancellationToken cancellationToken) =>
        UnlessProviderFailsAsync(() => RefreshAsync(order, cancellationToken));

    /// <summary><see cref="CloseAsync"/> for background work: null when the provider gave no usable answer this round.</summary>
    public Task<OrderStatus?> TryCloseAsync(Order order, OrderCloseReason reason, CancellationToken cancellationToken) =>
        UnlessProviderFailsAsync(() => CloseAsync(order, reason, cancellationToken));

    private static async Task<OrderStatus?> UnlessProviderFailsAsync(Func<Task<OrderStatus>> followUp)
    {
        try
        {
            return await followUp();
        }
        catch (DomainException exception) when (exception.Code is OrderErrors.PaymentProviderUnavailableCode
            or OrderErrors.PaymentInProgressCode or OrderErrors.PaymentRejectedCode)
        {
            return null;
        }
    }

    private async Task<OrderStatus> SettleAsync(Order order, TransactionReport report, CancellationToken cancellationToken)
    {
        await settlement.SettleAsync(report, cancellationToken);
        return await StoredStatusAsync(order, cancellationToken);
    }

    private async Task<OrderStatus> CloseHereAsync(Order order, OrderCloseReason reason, CancellationToken cancellationToken)
    {
        if (order.IsPending)
        {
            var now = clock.GetUtcNow();
            if (reason == OrderCloseReason.Expired)
            {
                order.Expire(now);
            }
            else
            {
                order.Cancel(now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (ConflictException)
            {
                // Another instance closed (or settled) it first; its result stands.
            }
        }

        return await StoredStatusAsync(order, cancellationToken);
    }

    private Task<OrderStatus> StoredStatusAsync(Order order, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync(cancellationToken);
}
