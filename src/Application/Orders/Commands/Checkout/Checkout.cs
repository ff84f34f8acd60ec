using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.Commands.Checkout;

/// <summary>
/// Pays the caller's pending order with <see cref="Method"/>: registers it with WeChat Pay or Virtual Payment and returns
/// what the mini program passes to <c>wx.requestPayment</c> / <c>wx.requestVirtualPayment</c>, or pays it from the
/// balance at once. Safe to repeat. The method must be allowed on the caller's platform
/// (<see cref="OrderErrors.PaymentMethodNotAllowed"/>); choosing another method than last time first takes the order back
/// from the provider that had it. An expired order is closed and answered with <see cref="OrderErrors.Expired"/>; a
/// provider that does not answer with <see cref="ProviderException.PaymentProviderUnavailable"/> (retry).
/// </summary>
/// <param name="IdempotencyKey">Required for <see cref="PaymentChannel.Balance"/>: a repeat with the same key never spends twice.</param>
public sealed record CheckoutCommand(
    Guid OrderId, PaymentChannel Method = PaymentChannel.WeChatPayJsapi, string? IdempotencyKey = null)
    : ICommand<CheckoutResult>, IRetryOnConflict;

public sealed record CheckoutResult(Guid OrderId, ClientPaymentParameters Payment);

internal sealed class CheckoutCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    PaymentGateways gateways,
    PaymentMethodPolicy methods,
    PaymentFollowUp followUp,
    TimeProvider clock)
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

        if (!order.IsPending && !RepeatsBalancePayment(order, command))
        {
            throw order.Status == OrderStatus.Closed ? OrderErrors.Closed(order.Id) : OrderErrors.AlreadyPaid(order.Id);
        }

        methods.EnsureAllowed(command.Method);
        await SwitchMethodAsync(order, command.Method, cancellationToken);

        var payerOpenId = await db.Users.Where(u => u.Id == order.UserId).Select(u => u.OpenId).SingleAsync(cancellationToken);
        var started = await gateways.For(order.Channel).StartPaymentAsync(
            new PaymentRequest(order.Id, order.UserId, order.OutTradeNo, order.Title, order.Total.AmountFen, payerOpenId, order.ExpiresAt),
            cancellationToken);
        switch (started)
        {
            case { Value: BalancePaymentParameters paid }:
                return new CheckoutResult(order.Id, paid);
            case { Value: { } payment }:
                order.MarkPaymentStarted(clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                return new CheckoutResult(order.Id, payment);
            case { Failure.Kind: PaymentFailureKind.PaidOrPaying }:
                throw OrderErrors.PaymentInProgress(order.Id);
            case { Failure.Kind: PaymentFailureKind.AlreadyClosed }:
                throw OrderErrors.Closed(order.Id);
            default:
                throw started.Failure!.ToError();
        }
    }

    /// <summary>
    /// A retry of a balance checkout that already paid the order (the answer was lost) asks the balance again, which
    /// finds the payment settled and answers with the balance left; nothing is spent twice.
    /// </summary>
    private static bool RepeatsBalancePayment(Order order, CheckoutCommand command) =>
        order is { Status: OrderStatus.Paid, Channel: PaymentChannel.Balance } && command.Method == PaymentChannel.Balance;

    private async Task SwitchMethodAsync(Order order, PaymentChannel method, CancellationToken cancellationToken)
    {
        if (order.Channel == method)
        {
            return;
        }

        // The buyer may still have the other provider's payment sheet open: it must not be able to take the money too.
        if (order.PaymentStartedAt is not null && await followUp.ReleaseAsync(order, cancellationToken) != OrderStatus.Pending)
        {
            throw OrderErrors.AlreadyPaid(order.Id);
        }

        order.ChoosePaymentMethod(method);
        await db.SaveChangesAsync(cancellationToken);
    }
}
