using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>Keeps trained models across restarts, and publishes them to every node of the deployment.</summary>
public interface IRecommenderModelStore
{
    Task SaveAsync(RecommenderModel model, CancellationToken cancellationToken);

    /// <summary>The model with the highest version, or null before the first training.</summary>
    Task<RecommenderModel?> LoadLatestAsync(CancellationToken cancellationToken);

    /// <summary>The highest saved version without loading its model (a cheap poll), or null before the first training.</summary>
    Task<long?> LatestVersionAsync(CancellationToken cancellationToken);
}
