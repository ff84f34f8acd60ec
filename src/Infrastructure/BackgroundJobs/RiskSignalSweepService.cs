using KnowledgePay.Application.Risk.Access.Commands.SweepAccessSignals;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="RiskSignalSweepOptions.Interval"/>: deletes access signals past <c>Risk:SignalRetentionDays</c>. A
/// failed round is logged and the next one tries again; safe on several instances (a delete by age).
/// </summary>
internal sealed class RiskSignalSweepService(
    IServiceScopeFactory scopes, IOptions<RiskSignalSweepOptions> options, TimeProvider clock, ILogger<RiskSignalSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var deleted = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepAccessSignalsCommand(), stoppingToken);
            if (deleted > 0)
            {
                logger.LogInformation("Access signal sweep deleted {Deleted} rows", deleted);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "The access signal sweep failed; the next round tries again");
        }
    }
}
