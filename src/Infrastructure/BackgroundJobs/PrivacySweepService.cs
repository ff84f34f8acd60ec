using KnowledgePay.Application.Privacy.Commands.EraseDueAccounts;
using KnowledgePay.Application.Privacy.Commands.PurgeDataExports;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="PrivacySweepOptions.Interval"/>: erases the accounts whose deletion has cooled off and deletes the
/// archives of data exports downloaded or past their retention, in a DI scope of its own; a failed round is logged and
/// the next one tries again. Safe on several instances (see <see cref="EraseDueAccountsCommand"/> and
/// <see cref="PurgeDataExportsCommand"/>).
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
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var erased = await sender.Send(new EraseDueAccountsCommand(batchSize), stoppingToken);
            var purged = await sender.Send(new PurgeDataExportsCommand(batchSize), stoppingToken);
            if (erased + purged > 0)
            {
                logger.LogInformation("Privacy sweep: {Erased} accounts erased, {Purged} data export archives deleted", erased, purged);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Privacy sweep failed; the next round tries again");
        }
    }
}
