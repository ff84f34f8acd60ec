using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>Where training reads behaviour, user profiles and the catalogue from (the database in the product).</summary>
public interface IRecommenderTrainingData
{
    Task<RecommenderTrainingSet> LoadAsync(CancellationToken cancellationToken);
}
