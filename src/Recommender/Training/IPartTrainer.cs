using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// A trainer whose model may become a part of a larger one: with <c>measured</c> false it leaves the training AUC 0 (the
/// AUC's negatives and scores take a second or more at 1,000,000 interactions), for a trainer that measures the whole.
/// </summary>
internal interface IPartTrainer : IRecommenderTrainer
{
    RecommenderModel Train(RecommenderTrainingSet data, long version, bool measured, CancellationToken cancellationToken);
}
