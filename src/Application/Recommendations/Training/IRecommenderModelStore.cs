using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>
/// Keeps trained models across restarts, and publishes them to every node of the deployment: the served model, and
/// beside it one model per algorithm an experiment arm serves (<see cref="SaveArmAsync"/>). Versions are one sequence
/// over both.
/// </summary>
public interface IRecommenderModelStore
{
    Task SaveAsync(RecommenderModel model, CancellationToken cancellationToken);

    /// <summary>The served model with the highest version, or null before the first training.</summary>
    Task<RecommenderModel?> LoadLatestAsync(CancellationToken cancellationToken);

    /// <summary>The highest saved version of the served model without loading it (a cheap poll), or null before the first training.</summary>
    Task<long?> LatestVersionAsync(CancellationToken cancellationToken);

    /// <summary>The highest version of any saved model, arms' included: the next model takes a higher one.</summary>
    Task<long?> HighestVersionAsync(CancellationToken cancellationToken);

    /// <summary>Saves an experiment arm's model trained with <paramref name="algorithm"/>.</summary>
    Task SaveArmAsync(RecommenderAlgorithm algorithm, RecommenderModel model, CancellationToken cancellationToken);

    /// <summary>The highest saved version of each algorithm's arm model, without loading them.</summary>
    Task<IReadOnlyDictionary<RecommenderAlgorithm, long>> LatestArmVersionsAsync(CancellationToken cancellationToken);

    /// <summary>The arm model of <paramref name="algorithm"/> with the highest version, or null when there is none.</summary>
    Task<RecommenderModel?> LoadLatestArmAsync(RecommenderAlgorithm algorithm, CancellationToken cancellationToken);
}
