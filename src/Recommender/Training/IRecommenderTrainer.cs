using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

/// <summary>Learns a model from a training set; the result is ready to serve (vectors precomputed).</summary>
public interface IRecommenderTrainer
{
    RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken);
}
