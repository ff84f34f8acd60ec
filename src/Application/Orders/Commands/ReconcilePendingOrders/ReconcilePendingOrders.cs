using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.Commands.ReconcilePendingOrders;

/// <summary>
/// System command for the reconciler: for a batch of orders pending longer than
/// OlderThan, asks the provider and settles (a dropped notification) or closes (expired); then asks
/// again about refunds processing longer than that. Orders are claimed with a lease, so instances never overlap.
/// </summary>
public sealed record ReconcilePendingOrdersCommand(int BatchSize, TimeSpan OlderThan) : ICommand<SweepResult>, ISystemCommand;

internal sealed class ReconcilePendingOrdersCommandHandler(
    IApplicationDbContext db, PaymentFollowUp followUp, PaymentGateways gateways, RefundSettlement refunds, TimeProvider clock)
    : ICommandHandler<ReconcilePendingOrdersCommand, SweepResult>
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async ValueTask<SweepResult> Handle(ReconcilePendingOrdersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - command.OlderThan;
        var result = new SweepResult();
        var pending = await CandidatesAsync(
            db.Orders.Where(o => o.Status == OrderStatus.Pending && o.CreatedAt <= cutoff), now, command.BatchSize, cancellationToken);
        foreach (var orderId in pending)
        {
            if (await db.Orders.TryClaimAsync(orderId, now, Lease, cancellationToken))
            {
                var order = await db.OrderAsync(orderId, cancellationToken);
                result = result.Add(order.IsPending ? await followUp.TryRefreshAsync(order, cancellationToken) : null);
            }
        }

        var refunding = await CandidatesAsync(
            db.Orders.Where(o => o.Refunds.Any(r => r.Status == RefundStatus.Processing && r.RequestedAt <= cutoff)),
            now, command.BatchSize, cancellationToken);
        foreach (var orderId in refunding)
        {
            if (await db.Orders.TryClaimAsync(orderId, now, Lease, cancellationToken)
                && await RequeryRefundAsync(await db.OrderAsync(orderId, cancellationToken), cancellationToken))
            {
                result = result with { RefundsSettled = result.RefundsSettled + 1 };
            }
        }

        return result;
    }

    private static Task<List<Guid>> CandidatesAsync(
        IQueryable<Order> orders, DateTimeOffset now, int batchSize, CancellationToken cancellationToken) =>
        orders.AsNoTracking().Unleased(now).OrderBy(o => o.CreatedAt).Select(o => o.Id).Take(batchSize).ToListAsync(cancellationToken);

    private async Task<bool> RequeryRefundAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.ProcessingRefund is not { } refund)
        {
            return false;
        }

        var query = await gateways.For(order.Channel).QueryRefundAsync(refund.OutRefundNo, cancellationToken);
        return query.Value is { } report
            && (await refunds.SettleAsync(report, cancellationToken)).Outcome is SettlementOutcome.Settled or SettlementOutcome.Flagged;
    }
}
