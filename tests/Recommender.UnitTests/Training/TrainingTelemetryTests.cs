using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Recommender.Training.Ease;
using KnowledgePay.Recommender.Training.ImplicitAls;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class TrainingTelemetryTests
{
    private static readonly PlantedPreferences Data = new(users: 80, courses: 60);

    [Fact]
    public void ATrainingOfTheBlendWithRatingsOpensASpanForEachPhase()
    {
        var phases = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TrainingTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => phases.Add(activity.OperationName),
        };
        ActivitySource.AddActivityListener(listener);

        Train();

        Assert.Subset(
            phases.ToHashSet(),
            new HashSet<string> { TrainingTelemetry.Warp, TrainingTelemetry.ImplicitAls, TrainingTelemetry.Ease, TrainingTelemetry.RatingPredictor, TrainingTelemetry.Assembly });
    }

    [Fact]
    public void PartsTrainedSideBySideGiveTheSameModelEveryRun()
    {
        var first = Train();
        var second = Train();

        Assert.Equal(first.CourseVectors.ToArray(), second.CourseVectors.ToArray());
        Assert.Equal(first.UserIdVectors.ToArray(), second.UserIdVectors.ToArray());
        Assert.Equal(first.Metrics.TrainingAuc, second.Metrics.TrainingAuc);
        Assert.NotNull(first.Ratings);
        Assert.Equal(first.Ratings.Model.Parameters.ItemFactors, second.Ratings!.Model.Parameters.ItemFactors);
    }

    /// <summary>WARP ⊕ iALS ⊕ EASE with the personal rating part, on one WARP thread so that two runs can be compared.</summary>
    private static RecommenderModel Train()
    {
        var ratings = Data.Interactions.Select((interaction, index) => new StarRating(interaction.UserKey, interaction.CourseKey, 1 + (index % 5))).ToArray();
        var options = new TrainerOptions
        {
            Algorithm = RecommenderAlgorithm.WarpImplicitAlsEase,
            Warp = new WarpOptions { Dimension = 8, Epochs = 5 },
            ImplicitAls = new ImplicitAlsOptions { Dimension = 6, Epochs = 4 },
            Ease = new EaseBlendOptions { Regularization = 20f, MinimumLearners = 3 },
            PersonalRatingWeight = 0.3f,
            RatingPredictorMembers = 2,
            TrainingThreads = 1,
        };
        return RecommenderTrainers.For(options, TimeProvider.System)
            .Train(Data.TrainingSet with { Ratings = ratings }, version: 1, CancellationToken.None);
    }
}
