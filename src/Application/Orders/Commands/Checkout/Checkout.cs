using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.Commands.Checkout;

/// <summary>
/// Registers the caller's pending order with its payment provider and returns what the mini program passes to
/// <c>wx.requestPayment</c>. Safe to repeat (the provider returns a current prepay id). An expired order is closed and
/// answered with <see cref="OrderErrors.Expired"/>; a provider that does not answer with
/// <see cref="ProviderException.PaymentProviderUnavailable"/> (retry).
/// </summary>
public sealed record CheckoutCommand(Guid OrderId) : ICommand<CheckoutResult>;

public sealed record CheckoutResult(Guid OrderId, ClientPaymentParameters Payment);

internal sealed class CheckoutCommandHandler(
    IApplicationDbContext db, ICurrentUser user, PaymentGateways gateways, PaymentFollowUp followUp, TimeProvider clock)
    : ICommandHandler<CheckoutCommand, CheckoutResult>
{
    public async ValueTask<CheckoutResult> Handle(CheckoutCommand command, CancellationToken cancellationToken)
    {
        var order = await db.OwnOrderAsync(user, command.OrderId, cancellationToken);
        if (order.IsPending && order.HasExpired(clock.GetUtcNow()))
        {
            var status = await followUp.CloseAsync(order, OrderCloseReason.Expired, cancellationToken);
            throw status == OrderStatus.Closed ? OrderErrors.Expired(order.Id) : OrderErrors.AlreadyPaid(order.Id);
        }

        if (!order.IsPending)
        {
            throw order.Status == OrderStatus.Closed ? OrderErrors.Closed(order.Id) : OrderErrors.AlreadyPaid(order.Id);
        }

        var payerOpenId = await db.Users.Where(u => u.Id == order.UserId).Select(u => u.OpenId).SingleAsync(cancellationToken);
        var started = await gateways.For(order.Channel).StartPaymentAsync(
            new PaymentRequest(order.OutTradeNo, order.Title, order.Total.AmountFen, payerOpenId, order.ExpiresAt), cancellationToken);
        return started switch
        {
            { Value: { } payment } => new CheckoutResult(order.Id, payment),
            { Failure.Kind: PaymentFailureKind.PaidOrPaying } => throw OrderErrors.PaymentInProgress(order.Id),
            { Failure.Kind: PaymentFailureKind.AlreadyClosed } => throw OrderErrors.Closed(order.Id),
            _ => throw started.Failure!.ToError(),
        };
    }
}
