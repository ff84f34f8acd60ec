using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class WarpRecommenderTrainerTests : RecommenderTrainerTests
{
    private static readonly Lazy<RecommenderModel> Trained = new(() =>
        NewTrainer().Train(Data.TrainingSet, version: 1, CancellationToken.None));

    protected override RecommenderModel Model => Trained.Value;

    private protected override IRecommenderTrainer Trainer() => NewTrainer();

    private static WarpRecommenderTrainer NewTrainer() => new(
        new TrainerOptions { Warp = new WarpOptions { Dimension = 8, Epochs = 20 } },
        new ManualClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
}
