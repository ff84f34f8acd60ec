using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Orders.Commands.IssueRefund;

/// <summary>
/// An admin refunds an order in full (no amount) or in part, whatever the learner policy says; also how an operator
/// returns money flagged as paid after close. Repeating it for the same amount while it processes resends the same refund.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record IssueRefundCommand(Guid OrderId, long? AmountFen, string Reason) : ICommand<RefundDto>;

internal sealed class IssueRefundCommandHandler(IApplicationDbContext db, ICurrentUser user, RefundIssuing refunds)
    : ICommandHandler<IssueRefundCommand, RefundDto>
{
    public async ValueTask<RefundDto> Handle(IssueRefundCommand command, CancellationToken cancellationToken)
    {
        var order = await db.OrderAsync(command.OrderId, cancellationToken);
        var amountFen = command.AmountFen ?? order.ProcessingRefund?.AmountFen ?? order.RefundableFen;
        return await refunds.StartAsync(order, amountFen, command.Reason, user.RequiredId(), cancellationToken);
    }
}
