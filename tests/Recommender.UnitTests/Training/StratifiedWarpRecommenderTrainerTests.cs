using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommender.UnitTests.Training;

/// <summary>The same bars for stratified training on two threads (<see cref="WarpOptions.Stratified"/>).</summary>
public sealed class StratifiedWarpRecommenderTrainerTests : RecommenderTrainerTests
{
    private static readonly Lazy<RecommenderModel> Trained = new(() =>
        WarpRecommenderTrainerTests.NewTrainer(threads: 2, stratified: true).Train(Data.TrainingSet, version: 1, CancellationToken.None));

    protected override RecommenderModel Model => Trained.Value;

    private protected override IRecommenderTrainer Trainer() => WarpRecommenderTrainerTests.NewTrainer(threads: 2, stratified: true);
}
