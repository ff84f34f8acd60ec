using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Common.Telemetry;
using Mediator;

namespace KnowledgePay.Application.Orders.Commands.HandlePaymentNotification;

/// <summary>
/// The notification endpoint's one message, sent only after <see cref="IPaymentNotificationReader"/> found the push
/// authentic (that signature check is what lets the system act on it without a user). Reply 2xx unless
/// <see cref="SettlementResult.ProviderShouldRetry"/>, then 5xx with the FAIL body.
/// </summary>
public sealed record HandlePaymentNotificationCommand(PaymentNotification Notification) : ICommand<SettlementResult>, ISystemCommand;

internal sealed class HandlePaymentNotificationCommandHandler(PaymentSettlement payments, RefundSettlement refunds)
    : ICommandHandler<HandlePaymentNotificationCommand, SettlementResult>
{
    public async ValueTask<SettlementResult> Handle(HandlePaymentNotificationCommand command, CancellationToken cancellationToken)
    {
        var (kind, result) = command.Notification switch
        {
            TransactionNotification paid => ("payment", await payments.SettleAsync(paid.Transaction, cancellationToken)),
            RefundNotification refunded => ("refund", await refunds.SettleAsync(refunded.Refund, cancellationToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Notification.GetType().Name, null),
        };
        PaymentMetrics.RecordNotification(kind, result.Outcome);
        return result;
    }
}
