using KnowledgePay.Application.Recommendations.Training;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Serves the last saved model as soon as the host starts, then retrains every
/// <see cref="RecommenderOptions.TrainingInterval"/>. A failed run is logged and the served model stays.
/// </summary>
internal sealed class RecommenderTrainingWorker(
    RecommenderTraining training,
    RecommenderOptions options,
    TimeProvider clock,
    ILogger<RecommenderTrainingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await training.LoadLatestAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or EndOfStreamException)
        {
            logger.LogError(exception, "The saved recommender model could not be loaded; serving none until the next training.");
        }

        using var timer = new PeriodicTimer(options.TrainingInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await training.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Scheduled recommender training failed; the current model stays in service.");
            }
        }
    }
}
