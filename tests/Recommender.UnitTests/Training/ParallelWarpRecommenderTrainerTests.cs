using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

/// <summary>The same bars for Hogwild training on two threads, whose runs are not reproducible step for step.</summary>
public sealed class ParallelWarpRecommenderTrainerTests : RecommenderTrainerTests
{
    private static readonly Lazy<RecommenderModel> Trained = new(() =>
        WarpRecommenderTrainerTests.NewTrainer(threads: 2).Train(Data.TrainingSet, version: 1, CancellationToken.None));

    protected override RecommenderModel Model => Trained.Value;

    private protected override IRecommenderTrainer Trainer() => WarpRecommenderTrainerTests.NewTrainer(threads: 2);
}
