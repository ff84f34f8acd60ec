using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class WarpRecommenderTrainerTests : RecommenderTrainerTests
{
    private static readonly Lazy<RecommenderModel> Trained = new(() =>
        NewTrainer(threads: 1).Train(Data.TrainingSet, version: 1, CancellationToken.None));

    protected override RecommenderModel Model => Trained.Value;

    [Fact]
    public void OneThreadTrainsTheSameModelFromTheSameSeed()
    {
        var again = NewTrainer(threads: 1).Train(Data.TrainingSet, version: 1, CancellationToken.None);

        Assert.Equal(Model.CourseVectors.ToArray(), again.CourseVectors.ToArray());
        Assert.Equal(Model.UserIdVectors.ToArray(), again.UserIdVectors.ToArray());
        Assert.Equal(Model.FeatureVectors.ToArray(), again.FeatureVectors.ToArray());
    }

    [Fact]
    public void AsAPartOfABlendTheSameModelIsLeftUnmeasured()
    {
        var part = NewTrainer(threads: 1).Train(Data.TrainingSet, version: 1, measured: false, CancellationToken.None);

        Assert.Equal(Model.CourseVectors.ToArray(), part.CourseVectors.ToArray());
        Assert.Equal(Model.UserIdVectors.ToArray(), part.UserIdVectors.ToArray());
        Assert.Equal(0, part.Metrics.TrainingAuc);
        Assert.InRange(Model.Metrics.TrainingAuc, 0.5, 1);
    }

    private protected override IRecommenderTrainer Trainer() => NewTrainer(threads: 1);

    internal static WarpRecommenderTrainer NewTrainer(int threads, bool stratified = false) => new(
        new TrainerOptions { Warp = new WarpOptions { Dimension = 8, Epochs = 20, Stratified = stratified }, TrainingThreads = threads },
        new ManualClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
}
