using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Tests.Shared.Recommender;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class PersonalRatingTrainerTests
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 12, 3, 21, 0, 0, TimeSpan.Zero));

    [Fact]
    public void FactorRowsScoreTheCourseBiasPlusTheDotProductAndUnknownKeysScoreNothing()
    {
        // μ 3; p_ann = [1, 2], p_bob = [0, −1]; q_go = [0.5, 0.5], b_go = 0.25; q_rust = [2, 0], b_rust = −0.5.
        // b_i + p_u·q_i: ann–go 0.25 + 0.5 + 1 = 1.75, ann–rust −0.5 + 2 = 1.5, bob–go 0.25 − 0.5 = −0.25, bob–rust −0.5.
        var predictor = new RatingPredictor(
            ["ann", "bob"],
            ["go", "rust"],
            new BiasedMatrixFactorization(new RatingFactors(
                Factors: 2, new RatingRange(1f, 5f, 3f), UserBias: [0.4f, -0.3f], ItemBias: [0.25f, -0.5f],
                UserFactors: [1f, 2f, 0f, -1f], ItemFactors: [0.5f, 0.5f, 2f, 0f])));

        var (users, courses) = PersonalRatingFactors.Of(predictor, ["bob", "ann", "stranger"], ["rust", "unrated", "go"]);

        float[,] expected = { { -0.5f, 0f, -0.25f }, { 1.5f, 0f, 1.75f }, { 0f, 0f, 0f } };
        for (var user = 0; user < 3; user++)
        {
            for (var course = 0; course < 3; course++)
            {
                Assert.Equal(expected[user, course], TensorPrimitives.Dot(users.Row(user), courses.Row(course)), 6);
            }
        }

        Assert.Equal(2f + 1f, users.Dimension);
    }

    [Fact]
    public void WeightOneServesEachLearnersPredictedStarsLessTheirOwnMeanAndKeepsThePredictor()
    {
        var data = RatedData();
        var model = RecommenderTrainers.For(Options(weight: 1f), Clock).Train(data, version: 1, CancellationToken.None);
        var predictor = Assert.IsType<RatingPredictor>(model.Ratings);
        var parameters = predictor.Model.Parameters;

        foreach (var learner in new[] { "coder0", "clerk1", "coder4" })
        {
            var scores = RecommenderTrainerTests.ServedScores(model, UserFeatures.None(learner));
            var user = predictor.UserKeys.ToList().IndexOf(learner);
            float Unshifted(string course)
            {
                var item = predictor.CourseKeys.ToList().IndexOf(course);
                return parameters.ItemBias[item] + TensorPrimitives.Dot(
                    parameters.UserFactors.AsSpan(user * parameters.Factors, parameters.Factors),
                    parameters.ItemFactors.AsSpan(item * parameters.Factors, parameters.Factors));
            }

            // Served = κ (b_i + p_u·q_i) with one κ > 0 for every pair; "go" is always rated, so it fixes κ.
            var scale = scores[model.CourseIndexOf("go")!.Value] / Unshifted("go");
            Assert.True(scale > 0f, $"κ {scale}");
            foreach (var course in new[] { "go", "rust", "excel", "sheets" })
            {
                Assert.Equal(Unshifted(course) * scale, scores[model.CourseIndexOf(course)!.Value], 3);
            }
        }
    }

    [Fact]
    public void CodersRankTheCourseCodersRateHighAboveTheOneTheyRateLowOnlyWithThePersonalPart()
    {
        // Everyone took every course, so behaviour alone cannot tell; the stars can.
        var data = RatedData();
        var personal = RecommenderTrainers.For(Options(weight: 0.5f), Clock).Train(data, version: 1, CancellationToken.None);

        var scores = RecommenderTrainerTests.ServedScores(personal, UserFeatures.None("coder2"));
        var clerkScores = RecommenderTrainerTests.ServedScores(personal, UserFeatures.None("clerk2"));

        Assert.True(scores[personal.CourseIndexOf("rust")!.Value] > scores[personal.CourseIndexOf("sheets")!.Value]);
        Assert.True(clerkScores[personal.CourseIndexOf("sheets")!.Value] > clerkScores[personal.CourseIndexOf("rust")!.Value]);
    }

    [Fact]
    public void WeightZeroOrTooFewRatingsServeTheRankingModelUnchanged()
    {
        var data = RatedData();
        var plain = RecommenderTrainers.For(Options(weight: 0f), Clock).Train(data, version: 1, CancellationToken.None);
        var unrated = RecommenderTrainers.For(Options(weight: 0.5f) with { MinimumRatings = 1000 }, Clock)
            .Train(data, version: 1, CancellationToken.None);

        Assert.NotNull(plain.Ratings);
        Assert.Null(unrated.Ratings);
        Assert.Equal(plain.Dimension, unrated.Dimension);
        Assert.Equal(plain.CourseVectors.ToArray(), unrated.CourseVectors.ToArray());
    }

    [Fact]
    public void LearnersUnknownToThePredictorRankCoursesAsTheRankingModelDoes()
    {
        var data = RatedData();
        var plain = RecommenderTrainers.For(Options(weight: 0f), Clock).Train(data, version: 1, CancellationToken.None);
        var personal = RecommenderTrainers.For(Options(weight: 0.5f), Clock).Train(data, version: 1, CancellationToken.None);
        var newcomer = UserFeatures.None("newcomer");

        var expected = RecommenderTrainerTests.ServedScores(plain, newcomer);
        var scores = RecommenderTrainerTests.ServedScores(personal, newcomer);

        for (var course = 0; course < scores.Length; course++)
        {
            Assert.Equal(expected[course] * 0.5f, scores[course], 5);
        }
    }

    [Fact]
    public void TheServedModelIsMeasuredWholeWithOrWithoutThePersonalPart()
    {
        // Two courses nobody took give every learner negatives to be measured against.
        var rated = RatedData();
        var data = rated with { Courses = [.. rated.Courses, CourseFeatures.None("cobol"), CourseFeatures.None("fortran")] };
        var space = FeatureSpace.Of(data);
        var taken = new TakenCourses(TrainingExamples.Positives(data.Interactions, space), space.Users.Count);

        foreach (var options in new[] { Options(weight: 0.5f), Options(weight: 0.5f) with { MinimumRatings = 1000 }, Options(weight: 0f) })
        {
            var model = RecommenderTrainers.For(options, Clock).Train(data, version: 1, CancellationToken.None);

            Assert.InRange(model.Metrics.TrainingAuc, 0.01, 1);
            Assert.Equal(TrainingAuc.Of(model, space, taken, options.Seed, options.TrainingThreads), model.Metrics.TrainingAuc);
        }
    }

    /// <summary>Five coders rate go and rust 5 and excel and sheets 1, five clerks the opposite; everyone took all four.</summary>
    private static RecommenderTrainingSet RatedData()
    {
        var at = Clock.GetUtcNow();
        string[] courses = ["go", "rust", "excel", "sheets"];
        var ratings = new List<StarRating>();
        for (var i = 0; i < 5; i++)
        {
            ratings.AddRange(courses.Select((course, index) => new StarRating($"coder{i}", course, index < 2 ? 5f : 1f)));
            ratings.AddRange(courses.Select((course, index) => new StarRating($"clerk{i}", course, index < 2 ? 1f : 5f)));
        }

        return new RecommenderTrainingSet(
            [.. ratings.Select(rating => new Interaction(rating.UserKey, rating.CourseKey, 1f, at))],
            [.. ratings.Select(rating => rating.UserKey).Distinct().Select(UserFeatures.None)],
            [.. courses.Select(CourseFeatures.None)])
        {
            Ratings = ratings,
        };
    }

    private static TrainerOptions Options(float weight) => new()
    {
        Warp = new WarpOptions { Dimension = 8, Epochs = 5 },
        PersonalRatingWeight = weight,
        MinimumRatings = 10,
        RatingPredictorMembers = 1,
        TrainingThreads = 1,
    };
}
