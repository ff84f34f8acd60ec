using KnowledgePay.Application.Recommendations;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Serves the last saved model as soon as the host starts, or trains one when there is none yet, then retrains when
/// <see cref="RecommenderTrainingTriggers"/> says so (the schedule, or soon after a catalogue change), one run at a
/// time. A failed run is logged and the served model stays.
/// </summary>
internal sealed class RecommenderTrainingWorker(
    RecommenderTraining training,
    RecommenderTrainingTriggers triggers,
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
            await TrainAsync("No saved model at start.", stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (triggers.TakeDue() is { } reason)
            {
                await TrainAsync(reason, stoppingToken);
            }
            else
            {
                await triggers.WaitAsync(stoppingToken);
            }
        }
    }

    private async Task TrainAsync(string reason, CancellationToken stoppingToken)
    {
        try
        {
            await training.RunAsync(reason, stoppingToken);
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
