using KnowledgePay.Application.Privacy.Commands.PurgeDataExports;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="DataExportSweepOptions.Interval"/>: deletes the archives of exports downloaded or past their
/// retention. A failed round is logged and the next one tries again; several instances may sweep at once (deleting a
/// deleted file is nothing, and marking is versioned).
/// </summary>
internal sealed class DataExportSweepService(
    IServiceScopeFactory scopes, IOptions<DataExportSweepOptions> options, TimeProvider clock, ILogger<DataExportSweepService> logger)
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
                await SweepAsync(settings.BatchSize, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SweepAsync(int batchSize, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var purged = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PurgeDataExportsCommand(batchSize), stoppingToken);
            if (purged > 0)
            {
                logger.LogInformation("Deleted {Count} data export archives", purged);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "The data export sweep failed; the next round tries again");
        }
    }
}
