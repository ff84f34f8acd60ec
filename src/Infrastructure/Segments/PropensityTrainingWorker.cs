using KnowledgePay.Application.Segments.Propensity;
using KnowledgePay.Infrastructure.Cluster;
using KnowledgePay.Infrastructure.Recommendations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Segments;

/// <summary>
/// Trains the propensity model on the recommender's schedule: every <see cref="RecommenderOptions.TrainingInterval"/>,
/// the first that long after start, as the recommender's scheduled trainings run (ADR 0032), on the
/// leader node only (<see cref="ILeadership"/>). A failed run is logged and
/// the published scores stay.
/// </summary>
internal sealed class PropensityTrainingWorker(
    PropensityTraining training,
    ILeadership leadership,
    RecommenderOptions schedule,
    IOptions<PropensityOptions> options,
    TimeProvider clock,
    ILogger<PropensityTrainingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(schedule.TrainingInterval, clock);
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
                    await training.RunAsync($"Scheduled with the recommender (every {schedule.TrainingInterval}).", stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "Propensity training failed; the published scores stay.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
