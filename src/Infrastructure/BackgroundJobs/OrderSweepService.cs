using KnowledgePay.Application.GroupBuying.Commands.FailExpiredGroupBuys;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Orders.Commands.CloseExpiredOrders;
using KnowledgePay.Application.Orders.Commands.ReconcilePendingOrders;
using KnowledgePay.Application.Referrals.Commands.ValidateDueCommissions;
using KnowledgePay.Infrastructure.Cluster;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="OrderSweepOptions.Interval"/>: closes expired unpaid orders, then settles or closes orders whose
/// notification never came and refunds stuck in processing, then turns commissions past their refund window valid,
/// then fails the group buys whose time ran out (their members' refunds follow through the outbox). Each command runs in
/// its own DI scope; a failed round is logged and the next one tries again. Runs on the leader node only
/// (<see cref="ILeadership"/>), though safe on several instances: the commands claim orders with leases.
/// </summary>
internal sealed class OrderSweepService(
    IServiceScopeFactory scopes, ILeadership leadership, IOptions<OrderSweepOptions> options, TimeProvider clock, ILogger<OrderSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!leadership.IsLeader)
                {
                    continue;
                }

                await RunAsync(new CloseExpiredOrdersCommand(settings.BatchSize), new SweepResult(), stoppingToken);
                await RunAsync(new ReconcilePendingOrdersCommand(settings.BatchSize, settings.ReconcileAfter), new SweepResult(), stoppingToken);
                await RunAsync(new ValidateDueCommissionsCommand(settings.BatchSize), 0, stoppingToken);
                await RunAsync(new FailExpiredGroupBuysCommand(settings.BatchSize), 0, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Runs one sweep; logs what it did unless it did nothing (<paramref name="idle"/>).</summary>
    private async Task RunAsync<TResult>(ICommand<TResult> command, TResult idle, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, stoppingToken);
            if (!EqualityComparer<TResult>.Default.Equals(result, idle))
            {
                logger.LogInformation("{Sweep}: {Result}", command.GetType().Name, result);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "{Sweep} failed; the next round tries again", command.GetType().Name);
        }
    }
}
