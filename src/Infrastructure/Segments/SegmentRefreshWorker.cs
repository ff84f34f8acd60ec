using KnowledgePay.Application.Segments.Commands.RefreshSegments;
using KnowledgePay.Infrastructure.Cluster;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Segments;

/// <summary>Every <see cref="SegmentRefreshOptions.Interval"/>: materialises every segment again, on the leader node
/// only (<see cref="ILeadership"/>); a failed round is logged.</summary>
internal sealed class SegmentRefreshWorker(
    IServiceScopeFactory scopes, ILeadership leadership, IOptions<SegmentRefreshOptions> options, TimeProvider clock, ILogger<SegmentRefreshWorker> logger)
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
                if (!leadership.IsLeader)
                {
                    continue;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var refreshed = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RefreshSegmentsCommand(), stoppingToken);
                    logger.LogInformation("Refreshed {Segments} segments.", refreshed);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "Refreshing segments failed; the next round tries again.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
