using System.Diagnostics;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>
/// One training run, whoever asks (the schedule or an admin): read the data, train the next version, persist it,
/// then serve it; without any behaviour to learn from it fails with <see cref="RecommenderErrors.NoBehaviour"/>. Runs
/// never overlap; a run that waited for another still trains, on the newer data. The data is read through
/// <see cref="IRecommenderTrainingData"/> in a scope of its own, since a run outlives any request. Remembers why it
/// trained the models it served, for the admin's view of the model. Each run then trains the experiment arms' models on
/// the same data (<see cref="ArmModelTraining"/>).
/// </summary>
public sealed class RecommenderTraining(
    IServiceScopeFactory scopes,
    IRecommenderTrainer trainer,
    IRecommenderModelStore store,
    RecommenderModelHolder holder,
    ArmModelTraining arms,
    ILogger<RecommenderTraining> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private TrainedModel? _lastTrained;

    /// <summary>Why this process trained model <paramref name="version"/>; null for a model trained before the process started.</summary>
    public string? ReasonFor(long version) => _lastTrained is { } last && last.Version == version ? last.Reason : null;

    public async Task<RecommenderModel> RunAsync(string reason, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            RecommenderTrainingSet trainingSet;
            await using (var scope = scopes.CreateAsyncScope())
            {
                trainingSet = await scope.ServiceProvider.GetRequiredService<IRecommenderTrainingData>().LoadAsync(cancellationToken);
            }

            if (trainingSet.Interactions.Count == 0)
            {
                throw RecommenderErrors.NoBehaviour();
            }

            var version = Math.Max(holder.Current?.Version ?? 0, await store.HighestVersionAsync(cancellationToken) ?? 0) + 1;
            var stopwatch = Stopwatch.StartNew();
            var model = await Task.Run(() => trainer.Train(trainingSet, version, cancellationToken), cancellationToken);
            await store.SaveAsync(model, cancellationToken);
            _lastTrained = new TrainedModel(model.Version, reason);
            holder.TryPublish(model);
            logger.LogInformation(
                "Recommender model {Version} trained on {Interactions} interactions in {Seconds:F1} s (training AUC {Auc:F3}). Why: {Reason}",
                model.Version, model.Metrics.Interactions, stopwatch.Elapsed.TotalSeconds, model.Metrics.TrainingAuc, reason);
            await arms.TrainAsync(trainingSet, model.Version + 1, cancellationToken);
            return model;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Serves the last persisted model, if any (on start, before the first scheduled run); false when there is none.</summary>
    public async Task<bool> LoadLatestAsync(CancellationToken cancellationToken)
    {
        if (await store.LoadLatestAsync(cancellationToken) is not { } model)
        {
            return false;
        }

        holder.TryPublish(model);
        return true;
    }

    private sealed record TrainedModel(long Version, string Reason);
}
