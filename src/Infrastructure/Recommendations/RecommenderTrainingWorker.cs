using KnowledgePay.Application.Recommendations;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Domain.Common;
using KnowledgePay.Infrastructure.Cluster;
using KnowledgePay.Recommender.Serving;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Serves the last published model as soon as the host starts. On the leader node (<see cref="ILeadership"/>) it trains
/// one when none was published yet, then retrains when <see cref="RecommenderTrainingTriggers"/> says so (the schedule,
/// or soon after a catalogue change), one run at a time; a failed run is logged and the served model stays. Every node of
/// a several-node deployment, the leader too, polls the store every <see cref="ClusterOptions.ModelPollInterval"/> and
/// swaps to a newer published version, of the served model and of each experiment arm's model
/// (<see cref="ArmModelTraining"/>): an admin's <c>trainRecommender</c> publishes from whichever node it reached.
/// </summary>
internal sealed class RecommenderTrainingWorker(
    RecommenderTraining training,
    ArmModelTraining arms,
    RecommenderTrainingTriggers triggers,
    IRecommenderModelStore store,
    RecommenderModelHolder models,
    ILeadership leadership,
    IOptions<ClusterOptions> cluster,
    TimeProvider clock,
    ILogger<RecommenderTrainingWorker> logger) : BackgroundService
{
    private DateTimeOffset _nextPoll;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await LoadPublishedAsync(stoppingToken);
        _nextPoll = clock.GetUtcNow() + cluster.Value.ModelPollInterval;
        var firstModelTried = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (leadership.IsLeader && !firstModelTried && models.Current is null)
            {
                firstModelTried = true;
                await TrainAsync("No published model at start.", stoppingToken);
            }
            else if (leadership.IsLeader && triggers.TakeDue() is { } reason)
            {
                await TrainAsync(reason, stoppingToken);
            }
            else if (await WaitAsync(stoppingToken) && (!leadership.IsLeader || leadership.MayHavePeers))
            {
                await LoadPublishedAsync(stoppingToken);
            }
        }
    }

    /// <summary>Serves the latest published model, and each arm's, when it is newer than the one served.</summary>
    private async Task LoadPublishedAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await store.LatestVersionAsync(stoppingToken) > (models.Current?.Version ?? 0)
                && await training.LoadLatestAsync(stoppingToken))
            {
                logger.LogInformation("Serving published recommender model {Version}.", models.Current?.Version);
            }

            await arms.LoadPublishedAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "The published recommender model could not be loaded; the served model stays.");
        }
    }

    /// <summary>
    /// Until the next poll or, on the leader, a trigger that may be due, whichever comes first. A follower also wakes
    /// after each lease check, since it may have become the leader meanwhile (its triggers are then the next wait's).
    /// True when the poll is due.
    /// </summary>
    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        var untilPoll = _nextPoll - clock.GetUtcNow();
        if (untilPoll <= TimeSpan.Zero)
        {
            _nextPoll = clock.GetUtcNow() + cluster.Value.ModelPollInterval;
            return true;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var poll = Task.Delay(untilPoll, clock, wake.Token);
        await Task.WhenAny(
            poll,
            leadership.IsLeader ? triggers.WaitAsync(wake.Token) : Task.Delay(cluster.Value.LeaseCheckInterval, clock, wake.Token));
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        return false;
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
