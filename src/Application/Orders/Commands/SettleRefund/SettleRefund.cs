using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.Orders.Commands.SettleRefund;

/// <summary>
/// System command: applies the provider's authenticated statement about a refund exactly once (ledger, order status,
/// access withdrawn on a full refund). Never exposed to clients; the caller vouches for the report's authenticity.
/// </summary>
public sealed record SettleRefundCommand(RefundReport Refund) : ICommand<SettlementResult>, IAllowAnonymous;

internal sealed class SettleRefundCommandHandler(RefundSettlement settlement)
    : ICommandHandler<SettleRefundCommand, SettlementResult>
{
    public async ValueTask<SettlementResult> Handle(SettleRefundCommand command, CancellationToken cancellationToken) =>
        await settlement.SettleAsync(command.Refund, cancellationToken);
}
