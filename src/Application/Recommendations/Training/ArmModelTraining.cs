using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>
/// The models of the recommender experiments' arms: after each training of the served model, one model per algorithm a
/// running experiment's variant names (<see cref="IRecommenderAlgorithmsUnderTest"/>) other than the served one, on the
/// same training set, saved beside it and held in <see cref="ArmModelHolder"/>; a failed arm is logged and the others
/// still train. Every node loads the newest saved arm models (docs/recommender/experiment-arms.md).
/// </summary>
public sealed class ArmModelTraining(
    IServiceScopeFactory scopes,
    AlgorithmTrainers trainers,
    IRecommenderModelStore store,
    ArmModelHolder arms,
    ILogger<ArmModelTraining> logger)
{
    /// <summary>Trains the arms' models on <paramref name="trainingSet"/>, numbered from <paramref name="firstVersion"/> up.</summary>
    public async Task TrainAsync(RecommenderTrainingSet trainingSet, long firstVersion, CancellationToken cancellationToken)
    {
        IReadOnlySet<RecommenderAlgorithm> underTest;
        await using (var scope = scopes.CreateAsyncScope())
        {
            underTest = await scope.ServiceProvider.GetRequiredService<IRecommenderAlgorithmsUnderTest>().AlgorithmsAsync(cancellationToken);
        }

        var version = firstVersion;
        foreach (var algorithm in underTest.Where(a => a != arms.ServedAlgorithm).Order())
        {
            try
            {
                var trainer = trainers.For(algorithm);
                var model = await Task.Run(() => trainer.Train(trainingSet, version++, cancellationToken), cancellationToken);
                await store.SaveArmAsync(algorithm, model, cancellationToken);
                arms.TryPublish(algorithm, model);
                logger.LogInformation("Experiment arm model {Version} trained with {Algorithm}.", model.Version, algorithm);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(exception, "The experiment arm model for {Algorithm} failed to train; its arm serves the default model.", algorithm);
            }
        }
    }

    /// <summary>Holds each arm's newest saved model where it is newer than the one held.</summary>
    public async Task LoadPublishedAsync(CancellationToken cancellationToken)
    {
        var held = arms.Versions;
        foreach (var (algorithm, version) in await store.LatestArmVersionsAsync(cancellationToken))
        {
            if (algorithm != arms.ServedAlgorithm && version > held.GetValueOrDefault(algorithm)
                && await store.LoadLatestArmAsync(algorithm, cancellationToken) is { } model && arms.TryPublish(algorithm, model))
            {
                logger.LogInformation("Serving published experiment arm model {Version} ({Algorithm}).", model.Version, algorithm);
            }
        }
    }
}
