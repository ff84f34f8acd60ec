using KnowledgePay.Application.Privacy.Commands.EraseDueAccounts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="PrivacySweepOptions.Interval"/>: erases the accounts whose deletion has cooled off, in a DI scope of
/// its own; a failed round is logged and the next one tries again. Safe on several instances (see
/// <see cref="EraseDueAccountsCommand"/>).
/// </summary>
internal sealed class PrivacySweepService(
    IServiceScopeFactory scopes, IOptions<PrivacySweepOptions> options, TimeProvider clock, ILogger<PrivacySweepService> logger)
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
                await RunAsync(settings.BatchSize, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunAsync(int batchSize, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var erased = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseDueAccountsCommand(batchSize), stoppingToken);
            if (erased > 0)
            {
                logger.LogInformation("Privacy sweep: {Erased} accounts erased", erased);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Privacy sweep failed; the next round tries again");
        }
    }
}
