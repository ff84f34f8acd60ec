using System.Numerics.Tensors;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Recommender.Training.ImplicitAls;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class WarpImplicitAlsRecommenderTrainerTests : RecommenderTrainerTests
{
    private static readonly Lazy<RecommenderModel> Trained = new(() =>
        NewTrainer(blendWeight: 0.5f).Train(Data.TrainingSet, version: 1, CancellationToken.None));

    protected override RecommenderModel Model => Trained.Value;

    private protected override IRecommenderTrainer Trainer() => NewTrainer(blendWeight: 0.5f);

    [Fact]
    public void ServedVectorsAreTheWarpPartThenTheImplicitAlsPartThenTheBias()
    {
        Assert.Equal(8 + 6 + 1, Model.Dimension);
    }

    [Fact]
    public void BlendWeightZeroRanksExactlyLikeWarp()
    {
        var options = Options(blendWeight: 0f);
        var warp = new WarpRecommenderTrainer(options, Clock).Train(Data.TrainingSet, version: 1, CancellationToken.None);
        var blended = new WarpImplicitAlsRecommenderTrainer(options, Clock).Train(Data.TrainingSet, version: 1, CancellationToken.None);

        foreach (var user in Data.Users.Take(10))
        {
            var warpScores = ServedScores(warp, user);
            var blendedScores = ServedScores(blended, user);
            for (var course = 0; course < warpScores.Length; course++)
            {
                Assert.Equal(warpScores[course], blendedScores[course], 4);
            }
        }
    }

    [Fact]
    public void BlendWeightOneRanksLikeImplicitAlsAlone()
    {
        var options = Options(blendWeight: 1f);
        var blended = new WarpImplicitAlsRecommenderTrainer(options, Clock).Train(Data.TrainingSet, version: 1, CancellationToken.None);
        var user = Data.Users[3];
        var userVector = new float[blended.Dimension];
        blended.WriteUserVector(user, userVector);

        var scores = ServedScores(blended, user);
        var ialsPart = userVector.AsSpan(8, 6).ToArray();
        var ordered = Enumerable.Range(0, scores.Length).OrderByDescending(course => scores[course]).ToArray();
        var byIals = Enumerable.Range(0, scores.Length)
            .OrderByDescending(course => TensorPrimitives.Dot(ialsPart, blended.CourseVector(course).Slice(8, 6)))
            .ToArray();

        Assert.Equal(byIals.Take(10), ordered.Take(10));
        Assert.Equal(0f, blended.CourseVector(0)[^1]);
    }

    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    private static TrainerOptions Options(float blendWeight) => new()
    {
        Algorithm = RecommenderAlgorithm.WarpWithImplicitAls,
        Warp = new WarpOptions { Dimension = 8, Epochs = 20 },
        ImplicitAls = new ImplicitAlsOptions { Dimension = 6, Epochs = 8, BlendWeight = blendWeight },
        // Two trainings compared score by score must be the same run: Hogwild threads interleave differently each time.
        TrainingThreads = 1,
    };

    private static WarpImplicitAlsRecommenderTrainer NewTrainer(float blendWeight) => new(Options(blendWeight), Clock);
}
