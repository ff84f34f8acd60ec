using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders.Queries;
using Mediator;

namespace KnowledgePay.Application.Orders.Commands.SyncOrderPayment;

/// <summary>
/// What the mini program polls after <c>wx.requestPayment</c>: while the caller's order is pending, asks the provider
/// (at most once per <see cref="PollInterval"/> per order, across instances) and settles or closes it; returns the order.
/// A provider that does not answer leaves the order as it is (poll again).
/// </summary>
public sealed record SyncOrderPaymentCommand(Guid OrderId) : ICommand<OrderDto>
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
}

internal sealed class SyncOrderPaymentCommandHandler(
    IApplicationDbContext db, ICurrentUser user, PaymentFollowUp followUp, TimeProvider clock)
    : ICommandHandler<SyncOrderPaymentCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(SyncOrderPaymentCommand command, CancellationToken cancellationToken)
    {
        var order = await db.OwnOrderAsync(user, command.OrderId, cancellationToken);
        if (order.IsPending
            && await db.Orders.TryClaimAsync(order.Id, clock.GetUtcNow(), SyncOrderPaymentCommand.PollInterval, cancellationToken))
        {
            await followUp.TryRefreshAsync(order, cancellationToken);
        }

        return await db.OrderDtoAsync(user, order.Id, cancellationToken);
    }
}
