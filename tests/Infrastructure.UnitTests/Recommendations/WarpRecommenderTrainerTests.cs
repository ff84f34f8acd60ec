using KnowledgePay.Infrastructure.Recommendations;
using KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Infrastructure.UnitTests.Recommendations;

public sealed class WarpRecommenderTrainerTests : RecommenderTrainerTests
{
    private static readonly Lazy<RecommenderModel> Trained = new(() =>
        NewTrainer().Train(Data.TrainingSet, version: 1, CancellationToken.None));

    protected override RecommenderModel Model => Trained.Value;

    private protected override IRecommenderTrainer Trainer() => NewTrainer();

    private static WarpRecommenderTrainer NewTrainer() => new(
        new RecommenderOptions { Warp = new WarpOptions { Dimension = 8, Epochs = 20 } },
        new FixedClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
}
