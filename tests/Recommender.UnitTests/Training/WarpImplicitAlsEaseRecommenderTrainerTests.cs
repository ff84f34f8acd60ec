using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Recommender.Training.Ease;
using KnowledgePay.Recommender.Training.ImplicitAls;
using KnowledgePay.Recommender.UnitTests.Training.Ease;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class WarpImplicitAlsEaseRecommenderTrainerTests : RecommenderTrainerTests
{
    private static readonly Lazy<RecommenderModel> Trained = new(() =>
        NewTrainer(Options(blendWeight: 0.5f, rank: 8)).Train(Data.TrainingSet, version: 1, CancellationToken.None));

    protected override RecommenderModel Model => Trained.Value;

    private protected override IRecommenderTrainer Trainer() => NewTrainer(Options(blendWeight: 0.5f, rank: 8));

    [Fact]
    public void ServedVectorsAreWarpThenImplicitAlsThenEaseThenTheBias()
    {
        Assert.Equal(8 + 6 + 8 + 1, Model.Dimension);
    }

    [Fact]
    public void TheBlendsAucIsMeasuredOnTheWholeServedModelAndItsPartsAreLeftUnmeasured()
    {
        var options = Options(blendWeight: 0.5f, rank: 8);
        var part = new WarpImplicitAlsRecommenderTrainer(options, Clock).Train(Data.TrainingSet, version: 1, measured: false, CancellationToken.None);
        var measuredPart = new WarpImplicitAlsRecommenderTrainer(options, Clock).Train(Data.TrainingSet, version: 1, CancellationToken.None);
        var space = FeatureSpace.Of(Data.TrainingSet);
        var taken = new TakenCourses(TrainingExamples.Positives(Data.TrainingSet.Interactions, space), space.Users.Count);

        Assert.Equal(0, part.Metrics.TrainingAuc);
        Assert.Equal(measuredPart.CourseVectors.ToArray(), part.CourseVectors.ToArray());
        Assert.Equal(TrainingAuc.Of(measuredPart, space, taken, options.Seed, options.TrainingThreads), measuredPart.Metrics.TrainingAuc);
        Assert.Equal(TrainingAuc.Of(Model, space, taken, options.Seed, options.TrainingThreads), Model.Metrics.TrainingAuc);
        Assert.InRange(Model.Metrics.TrainingAuc, 0.5, 1);
    }

    [Fact]
    public void BlendWeightZeroRanksExactlyLikeWarpWithImplicitAls()
    {
        var options = Options(blendWeight: 0f, rank: 8);
        var withoutEase = new WarpImplicitAlsRecommenderTrainer(options, Clock).Train(Data.TrainingSet, version: 1, CancellationToken.None);
        var blended = NewTrainer(options).Train(Data.TrainingSet, version: 1, CancellationToken.None);

        foreach (var user in Data.Users.Take(10))
        {
            var expected = ServedScores(withoutEase, user);
            var scores = ServedScores(blended, user);
            for (var course = 0; course < expected.Length; course++)
            {
                Assert.Equal(expected[course], scores[course], 1e-4f);
            }
        }
    }

    [Fact]
    public void BlendWeightOneAtFullRankServesTheHandComputedEaseScores()
    {
        // EaseWeightsTests' case: user 3 (courses 2, 3) scores x_u·B = [0, 4/19, 1/2, 1/3] (λ = 1); courses 4 and 5
        // nobody took are not modelled. With e = 1 the served score is κ times that, bias included (it is scaled to 0).
        var data = HandComputedCase(EaseWeightsTests.CoursesByUser, courseCount: 6);
        var options = Options(blendWeight: 1f, rank: 10) with
        {
            Ease = new EaseBlendOptions { Regularization = 1f, MinimumLearners = 1, Rank = 10, BlendWeight = 1f },
        };

        var model = NewTrainer(options).Train(data, version: 1, CancellationToken.None);

        var scores = ServedScores(model, UserFeatures.None("u3"));
        var scale = scores[model.CourseIndexOf("c3")!.Value] * 3f;
        float[] expected = [0f, 4f / 19, 0.5f, 1f / 3, 0f, 0f];
        Assert.True(scale > 0f, $"κ {scale}");
        for (var course = 0; course < 6; course++)
        {
            Assert.Equal(expected[course] * scale, scores[model.CourseIndexOf($"c{course}")!.Value], 4);
        }
    }

    [Fact]
    public void ARandomWalkShareOfOneServesRp3BetasScores()
    {
        // With e = 1 and c = 1 at full rank the served scores are a positive multiple of x_u·W, W the RP3beta weights
        // (hand-checked in RandomWalkWeightsTests): learner 3 (courses 2, 3) scores course 0 through learner 1 only
        // (⅓·⅓ = 1/9) and course 1 through learners 1 and 2 (⅓·(⅓ + ½) = 5/18).
        var data = HandComputedCase(EaseWeightsTests.CoursesByUser, courseCount: 4);
        var options = Options(blendWeight: 1f, rank: 10) with
        {
            Ease = new EaseBlendOptions
            {
                Regularization = 1f,
                MinimumLearners = 1,
                Rank = 10,
                BlendWeight = 1f,
                RandomWalkShare = 1f,
                RandomWalkExponent = 1f,
                RandomWalkPopularityExponent = 0f,
                RandomWalkNeighbours = 10,
            },
        };

        var model = NewTrainer(options).Train(data, version: 1, CancellationToken.None);

        var scores = ServedScores(model, UserFeatures.None("u3"));
        var course0 = scores[model.CourseIndexOf("c0")!.Value];
        Assert.True(course0 > 0);
        Assert.Equal(5.0 / 2, scores[model.CourseIndexOf("c1")!.Value] / course0, 4);
    }

    [Fact]
    public void DropoutAndLearnerWeightsShapeTheServedEasePart()
    {
        // With e = 1 at full rank the served scores are κ·x_u·B, so they must follow the weights EaseWeights fits with the
        // same dropout and learner weight exponent (hand-checked in EaseWeightsTests), not EASE^R's.
        int[][] coursesByUser = [[0, 1], [0, 1, 2], [1, 2], [2, 3]];
        var data = HandComputedCase(coursesByUser, courseCount: 4);
        var options = Options(blendWeight: 1f, rank: 10) with
        {
            Ease = new EaseBlendOptions { Regularization = 1f, MinimumLearners = 1, Rank = 10, BlendWeight = 1f, Dropout = 0.5f, LearnerWeightExponent = 1f },
        };
        var weights = EaseWeights.Fit(coursesByUser, courseCount: 4, regularization: 1f, minimumLearners: 1, maximumCourses: 10, dropout: 0.5f, learnerWeightExponent: 1f);
        var plain = EaseWeights.Fit(coursesByUser, courseCount: 4, regularization: 1f, minimumLearners: 1, maximumCourses: 10);

        var model = NewTrainer(options).Train(data, version: 1, CancellationToken.None);

        var scores = ServedScores(model, UserFeatures.None("u0"));
        float[] expected = [.. Enumerable.Range(0, 4).Select(course => weights.Row(0)[course] + weights.Row(1)[course])];
        float[] unweighted = [.. Enumerable.Range(0, 4).Select(course => plain.Row(0)[course] + plain.Row(1)[course])];
        var scale = scores[model.CourseIndexOf("c2")!.Value] / expected[2];
        Assert.NotEqual(expected[3] / expected[2], unweighted[3] / unweighted[2], 3);
        for (var course = 0; course < 4; course++)
        {
            Assert.Equal(expected[course] * scale, scores[model.CourseIndexOf($"c{course}")!.Value], 4);
        }
    }

    [Fact]
    public void ATimeScaleServesTheTimeKernelEaseScoresFromEachPairsFirstInteraction()
    {
        // EaseWeightsTests' timed case through the trainer, with e = 1 at full rank: learner 1 (courses 1, 2) is served
        // κ·(row 1 + row 2) of the time-kernel B = κ·[2/5, 4/23, 1/5] (plain EASE^R: [2/5, 3/5, 3/5]). Learner 0 viewed
        // course 2 again on day 30: only the first interaction dates the pair.
        var start = Clock.GetUtcNow();
        var interactions = EaseWeightsTests.TimedCourses
            .SelectMany((courses, user) => courses.Select((course, position) =>
                new Interaction($"u{user}", $"c{course}", 1f, start + TimeSpan.FromDays(EaseWeightsTests.TimedDays[user][position]))))
            .Append(new Interaction("u0", "c2", 1f, start + TimeSpan.FromDays(30)))
            .ToList();
        var data = new RecommenderTrainingSet(
            interactions, [UserFeatures.None("u0"), UserFeatures.None("u1")], [.. Enumerable.Range(0, 3).Select(course => CourseFeatures.None($"c{course}"))]);
        var options = Options(blendWeight: 1f, rank: 10) with
        {
            Ease = new EaseBlendOptions { Regularization = 1f, MinimumLearners = 1, Rank = 10, BlendWeight = 1f, TimeScaleDays = 1f, TimeMix = 1f },
        };

        var model = NewTrainer(options).Train(data, version: 1, CancellationToken.None);

        var scores = ServedScores(model, UserFeatures.None("u1"));
        double[] expected = [2.0 / 5, 4.0 / 23, 1.0 / 5];
        var scale = scores[model.CourseIndexOf("c0")!.Value] / expected[0];
        Assert.True(scale > 0f, $"κ {scale}");
        for (var course = 1; course < 3; course++)
        {
            Assert.Equal(expected[course] * scale, scores[model.CourseIndexOf($"c{course}")!.Value], 4);
        }
    }

    [Fact]
    public void UsersUnseenInTrainingHaveNoEasePart()
    {
        var newcomer = PlantedPreferences.InterestedIn("newcomer", topic: 1);
        var vector = new float[Model.Dimension];

        Model.WriteUserVector(newcomer, vector);

        Assert.True(TensorPrimitives.Norm(vector.AsSpan(0, 14)) > 0f);
        Assert.All(vector.AsSpan(14, 8).ToArray(), value => Assert.Equal(0f, value));
    }

    [Fact]
    public void UsersUnseenInTrainingRankCoursesExactlyLikeWarp()
    {
        // Their vector is WARP's from their features; every course row's WARP part and bias are scaled by (1 − w)(1 − e).
        var options = Options(blendWeight: 0.5f, rank: 8);
        var warp = new WarpRecommenderTrainer(options, Clock).Train(Data.TrainingSet, version: 1, CancellationToken.None);
        var blended = NewTrainer(options).Train(Data.TrainingSet, version: 1, CancellationToken.None);
        var newcomer = PlantedPreferences.InterestedIn("newcomer", topic: 1);

        var warpScores = ServedScores(warp, newcomer);
        var scores = ServedScores(blended, newcomer);

        for (var course = 0; course < scores.Length; course++)
        {
            Assert.Equal(warpScores[course] * 0.25f, scores[course], 4);
        }
    }

    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 12, 3, 14, 0, 0, TimeSpan.Zero));

    /// <summary>Learner u took the courses of row u, one interaction each; no features.</summary>
    private static RecommenderTrainingSet HandComputedCase(int[][] coursesByUser, int courseCount)
    {
        var at = Clock.GetUtcNow();
        return new RecommenderTrainingSet(
            [.. coursesByUser.SelectMany((courses, user) => courses.Select(course => new Interaction($"u{user}", $"c{course}", 1f, at)))],
            [.. Enumerable.Range(0, coursesByUser.Length).Select(user => UserFeatures.None($"u{user}"))],
            [.. Enumerable.Range(0, courseCount).Select(course => CourseFeatures.None($"c{course}"))]);
    }

    private static TrainerOptions Options(float blendWeight, int rank) => new()
    {
        Algorithm = RecommenderAlgorithm.WarpImplicitAlsEase,
        Warp = new WarpOptions { Dimension = 8, Epochs = 20 },
        ImplicitAls = new ImplicitAlsOptions { Dimension = 6, Epochs = 8, BlendWeight = 0.5f },
        Ease = new EaseBlendOptions { Regularization = 20f, MinimumLearners = 5, Rank = rank, BlendWeight = blendWeight, ImplicitAlsBlendWeight = 0.5f },
        // Two trainings compared score by score must be the same run: Hogwild threads interleave differently each time.
        TrainingThreads = 1,
    };

    private static WarpImplicitAlsEaseRecommenderTrainer NewTrainer(TrainerOptions options) => new(options, Clock);
}
