using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Orders;
using Mediator;

namespace KnowledgePay.Application.Orders.Commands.CancelOrder;

/// <summary>
/// Gives up the caller's pending order: closed at the provider, and closed here only once the provider confirms it.
/// If the payment won the race the order is settled and the answer is <see cref="OrderErrors.AlreadyPaid"/>; while the
/// payer is still paying, <see cref="OrderErrors.PaymentInProgress"/>. Cancelling a closed order returns it unchanged.
/// </summary>
public sealed record CancelOrderCommand(Guid OrderId) : ICommand<OrderDto>;

internal sealed class CancelOrderCommandHandler(IApplicationDbContext db, ICurrentUser user, PaymentFollowUp followUp)
    : ICommandHandler<CancelOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await db.OwnOrderAsync(user, command.OrderId, cancellationToken);
        var status = order.IsPending ? await followUp.CloseAsync(order, OrderCloseReason.Cancelled, cancellationToken) : order.Status;
        return status == OrderStatus.Closed
            ? await db.OrderDtoAsync(user, order.Id, cancellationToken)
            : throw OrderErrors.AlreadyPaid(order.Id);
    }
}
