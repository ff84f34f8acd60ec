using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Orders.Commands.IssueRefund;

/// <summary>
/// An admin refunds an order in full (no amount) or in part, whatever the learner policy says, from one line
/// (<see cref="LineId"/>) or spread over all; also how an operator returns money flagged as paid after close.
/// Repeating it for the same amount while it processes resends the same refund.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record IssueRefundCommand(Guid OrderId, long? AmountFen, string Reason, Guid? LineId = null) : ICommand<RefundDto>;

internal sealed class IssueRefundCommandHandler(IApplicationDbContext db, ICurrentUser user, RefundIssuing refunds)
    : ICommandHandler<IssueRefundCommand, RefundDto>
{
    public async ValueTask<RefundDto> Handle(IssueRefundCommand command, CancellationToken cancellationToken)
    {
        var order = await db.OrderAsync(command.OrderId, cancellationToken);
        var refundableFen = command.LineId is { } lineId ? order.LineRefundableFen(order.LineNumbered(lineId)) : order.RefundableFen;
        var amountFen = command.AmountFen ?? order.ProcessingRefund?.AmountFen ?? refundableFen;
        return await refunds.StartAsync(order, amountFen, command.Reason, user.RequiredId(), cancellationToken, command.LineId);
    }
}
