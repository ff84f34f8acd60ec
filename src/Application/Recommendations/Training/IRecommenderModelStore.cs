using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>Keeps trained models across restarts.</summary>
public interface IRecommenderModelStore
{
    Task SaveAsync(RecommenderModel model, CancellationToken cancellationToken);

    /// <summary>The model with the highest version, or null before the first training.</summary>
    Task<RecommenderModel?> LoadLatestAsync(CancellationToken cancellationToken);
}
