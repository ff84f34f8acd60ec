using KnowledgePay.Application.Recommendations.Serving;

namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>Learns a model from a training set; the result is ready to serve (vectors precomputed).</summary>
public interface IRecommenderTrainer
{
    RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken);
}
