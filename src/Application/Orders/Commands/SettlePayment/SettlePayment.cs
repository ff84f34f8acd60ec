using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.Orders.Commands.SettlePayment;

/// <summary>
/// System command: fulfils an order exactly once from the provider's authenticated statement about its transaction
/// (a verified notification or a query). Never exposed to clients; the caller vouches for the report's authenticity.
/// </summary>
public sealed record SettlePaymentCommand(TransactionReport Transaction) : ICommand<SettlementResult>, ISystemCommand;

internal sealed class SettlePaymentCommandHandler(PaymentSettlement settlement)
    : ICommandHandler<SettlePaymentCommand, SettlementResult>
{
    public async ValueTask<SettlementResult> Handle(SettlePaymentCommand command, CancellationToken cancellationToken) =>
        await settlement.SettleAsync(command.Transaction, cancellationToken);
}
