using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Stores what is popular per platform and daypart (<see cref="ContextPopularity"/>) with whatever model
/// <paramref name="inner"/> trains, when the training set has context counts; the new-learner blend reads it.
/// </summary>
internal sealed class ContextPopularityTrainer(IRecommenderTrainer inner) : IRecommenderTrainer
{
    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken)
    {
        var model = inner.Train(data, version, cancellationToken);
        return data.ContextCounts.Count == 0 ? model : model.WithContext(ContextPopularity.From(data.ContextCounts, model.Courses));
    }
}
