using KnowledgePay.Application.Recommendations;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Serves the last saved model as soon as the host starts, or trains one when there is none yet, then retrains every
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
        var loaded = false;
        try
        {
            loaded = await training.LoadLatestAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or EndOfStreamException)
        {
            logger.LogError(exception, "The saved recommender model could not be loaded; training a new one.");
        }

        if (!loaded)
        {
            await TrainAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(options.TrainingInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TrainAsync(stoppingToken);
        }
    }

    private async Task TrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await training.RunAsync(stoppingToken);
        }
        catch (DomainException exception) when (exception.Code == RecommenderErrors.NoBehaviourCode)
        {
            logger.LogInformation("No recommender model trained: {Reason}", exception.Message);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Recommender training failed; the current model stays in service.");
        }
    }
}
