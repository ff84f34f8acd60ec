using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.Commands.CloseExpiredOrders;

/// <summary>
/// System command for the sweeper: closes a batch of pending orders past their expiry, at the
/// provider first. Each order is claimed with a lease, so several instances sweeping at once never handle one twice.
/// </summary>
public sealed record CloseExpiredOrdersCommand(int BatchSize) : ICommand<SweepResult>, ISystemCommand;

internal sealed class CloseExpiredOrdersCommandHandler(IApplicationDbContext db, PaymentFollowUp followUp, TimeProvider clock)
    : ICommandHandler<CloseExpiredOrdersCommand, SweepResult>
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async ValueTask<SweepResult> Handle(CloseExpiredOrdersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Orders.AsNoTracking().Unleased(now)
            .Where(o => o.Status == OrderStatus.Pending && o.ExpiresAt <= now)
            .OrderBy(o => o.ExpiresAt)
            .Select(o => o.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        var result = new SweepResult();
        foreach (var orderId in candidates)
        {
            if (await db.Orders.TryClaimAsync(orderId, now, Lease, cancellationToken))
            {
                var order = await db.OrderAsync(orderId, cancellationToken);
                result = result.Add(order.IsPending ? await followUp.TryCloseAsync(order, OrderCloseReason.Expired, cancellationToken) : null);
            }
        }

        return result;
    }
}
