using KnowledgePay.RecommenderEvaluation.Cli;
using KnowledgePay.RecommenderEvaluation.Models;

namespace KnowledgePay.RecommenderEvaluation.Tests.Cli;

public sealed class EvaluationOptionsTests
{
    [Fact]
    public void ReadsRepeatsAndTheRatingMapping()
    {
        var options = EvaluationOptions.Parse(
            ["--ratings", "r.csv", "--repeats", "5", "--disliked-below", "2.5", "--rating-prior", "0.3"]);

        Assert.Equal(5, options.Repeats);
        Assert.Equal(2.5f, options.DislikedBelow);
        Assert.Equal(0.3f, options.Hybrid.RatingPriorWeight);
    }

    [Fact]
    public void ReadsTheImplicitAlsOptionsAndTheBlendedAlgorithm()
    {
        var options = EvaluationOptions.Parse(
        [
            "--ratings", "r.csv", "--models", "ials,hybrid", "--algorithm", "WarpWithImplicitAls", "--ials-dimension", "16",
            "--ials-alpha0", "0.5", "--ials-lambda", "0.02", "--ials-nu", "0.5", "--ials-cg-steps", "4", "--ials-blend", "0.3",
        ]);

        var ials = options.Hybrid.ImplicitAls;
        Assert.Equal(KnowledgePay.Recommender.Training.RecommenderAlgorithm.WarpWithImplicitAls, options.Hybrid.Algorithm);
        Assert.Equal((16, 0.5f, 0.02f, 0.5f, 4, 0.3f), (ials.Dimension, ials.UnobservedWeight, ials.Regularization, ials.RegularizationExponent, ials.ConjugateGradientSteps, ials.BlendWeight));
        Assert.Contains("ials", options.Models);
    }

    [Fact]
    public void ReadsTheEasePartOfTheServedModelApartFromTheEaseBaselineGrid()
    {
        var options = EvaluationOptions.Parse(
        [
            "--ratings", "r.csv", "--algorithm", "WarpImplicitAlsEase", "--ease-rank", "256", "--ease-blend", "0.4", "--ials-blend", "0.2",
            "--ease-part-lambda", "100", "--ease-part-min-interactions", "5", "--ease-part-max-items", "2000", "--ease-lambda", "50",
            "--ease-part-dropout", "0.3", "--ease-dropout", "0,0.25",
        ]);

        var ease = options.Hybrid.Ease;
        Assert.Equal(KnowledgePay.Recommender.Training.RecommenderAlgorithm.WarpImplicitAlsEase, options.Hybrid.Algorithm);
        Assert.Equal((256, 0.4f, 0.2f, 100f, 5, 2000, 0.3f), (ease.Rank, ease.BlendWeight, ease.ImplicitAlsBlendWeight, ease.Regularization, ease.MinimumLearners, ease.MaximumCourses, ease.Dropout));
        Assert.Equal([new EaseOptions(50f, 10, 0f), new EaseOptions(50f, 10, 0.25f)], options.Ease);
    }

    [Fact]
    public void ReadsTheTimeKernelGridOfTheEaseBaselineAndTheServedEasePartsTimeKernel()
    {
        var options = EvaluationOptions.Parse(
        [
            "--ratings", "r.csv", "--ease-lambda", "300", "--ease-time-scale", "0,0.5", "--ease-time-mix", "0.25,1",
            "--ease-part-time-scale", "0.003", "--ease-part-time-mix", "0.5",
        ]);

        // Without a time scale the mix does nothing, so it is not crossed with the mixes.
        Assert.Equal(
            [(0f, 1f), (0.5f, 0.25f), (0.5f, 1f)],
            options.Ease.Select(ease => (ease.TimeScaleDays, ease.TimeMix)));
        Assert.Equal((0.003f, 0.5f), (options.Hybrid.Ease.TimeScaleDays, options.Hybrid.Ease.TimeMix));
        Assert.Equal((0f, 1f), (EvaluationOptions.Parse(["--ratings", "r.csv"]).Hybrid.Ease.TimeScaleDays, EvaluationOptions.Parse(["--ratings", "r.csv"]).Hybrid.Ease.TimeMix));
    }

    [Theory]
    [InlineData("--ease-time-scale", "0.1,-1")]
    [InlineData("--ease-part-time-scale", "-0.5")]
    [InlineData("--ease-part-time-mix", "1.5")]
    public void ANegativeTimeScaleOrATimeMixOutsideZeroToOneIsRefused(string option, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(["--ratings", "r.csv", "--ease-time-mix", "0.5", option, value]));

        Assert.Contains("--ease-time-scale", error.Message);
    }

    [Fact]
    public void ReadsTheSvdPlusPlusOptionsWithTheModelSeed()
    {
        var options = EvaluationOptions.Parse(
            ["--ratings", "r.csv", "--models", "svdpp", "--svdpp-factors", "20", "--svdpp-implicit-regularization", "0.3", "--svdpp-members", "3", "--model-seed", "9"]);

        Assert.Equal(["svdpp"], options.Models);
        Assert.Equal((20, 0.3f, 3, 9), (options.SvdPlusPlus.Factors, options.SvdPlusPlus.ImplicitRegularization, options.SvdPlusPlus.Members, options.SvdPlusPlus.Seed));
    }

    [Fact]
    public void SeedIsTheDefaultOfTheSplitModelAndTieSeeds()
    {
        var options = EvaluationOptions.Parse(["--ratings", "r.csv", "--seed", "7"]);

        Assert.Equal((7, 7, 7), (options.SplitSeed, options.ModelSeed, options.TieSeed));
        Assert.Equal(7, options.Hybrid.Seed);
        Assert.Equal(7, options.Factorization.Seed);
    }

    [Fact]
    public void SplitAndModelSeedsAreSeparate()
    {
        var options = EvaluationOptions.Parse(["--ratings", "r.csv", "--seed", "7", "--split-seed", "3", "--model-seed", "11", "--tie-seed", "5"]);

        Assert.Equal((3, 11, 5), (options.SplitSeed, options.ModelSeed, options.TieSeed));
        Assert.Equal(11, options.Hybrid.Seed);
        Assert.Equal(11, options.Factorization.Seed);
    }

    [Fact]
    public void ATrainAndTestPairIsTheFixedSplit()
    {
        var options = EvaluationOptions.Parse(["--train", "a.csv", "--test", "b.csv", "--users", "u.csv", "--items", "i.csv"]);

        Assert.Equal(SplitKind.Fixed, options.Split);
        Assert.Equal(("a.csv", "b.csv", "u.csv", "i.csv"), (options.TrainPath, options.TestPath, options.UsersPath, options.ItemsPath));
        Assert.Null(options.RatingsPath);
    }

    [Theory]
    [InlineData("user-holdout", SplitKind.UserHoldout)]
    [InlineData("item-holdout", SplitKind.ItemHoldout)]
    [InlineData("kfold", SplitKind.KFold)]
    public void ReadsTheSplitNames(string name, SplitKind kind) =>
        Assert.Equal(kind, EvaluationOptions.Parse(["--ratings", "r.csv", "--split", name]).Split);

    [Fact]
    public void ImplicitIsOffUnlessAsked()
    {
        Assert.False(EvaluationOptions.Parse(["--ratings", "r.csv"]).Implicit);
        Assert.True(EvaluationOptions.Parse(["--ratings", "r.csv", "--implicit", "true"]).Implicit);
    }

    [Fact]
    public void ReadsTheRp3BetaGridTheEaseShareOfItAndTheServedModelsRandomWalkPart()
    {
        var options = EvaluationOptions.Parse(
        [
            "--ratings", "r.csv", "--rp3-alpha", "0.5,1", "--rp3-beta", "0.3", "--rp3-neighbours", "50", "--rp3-min-interactions", "5",
            "--ease-min-interactions", "3", "--ease-rp3-share", "0,0.2", "--ease-part-rp3-share", "0.1", "--ease-part-rp3-alpha", "0.8",
            "--ease-part-rp3-beta", "0.4", "--ease-part-rp3-neighbours", "200",
        ]);

        Assert.Equal([new Rp3BetaOptions(0.5f, 0.3f, 50, 5), new Rp3BetaOptions(1f, 0.3f, 50, 5)], options.RandomWalk);
        // The share's walk models EASE's items (its minimum interactions), whatever --rp3-min-interactions says.
        Assert.Equal(
            [new EaseOptions(300f, 3), new EaseOptions(300f, 3, RandomWalkShare: 0.2f, RandomWalk: new Rp3BetaOptions(0.5f, 0.3f, 50, 3)),
                new EaseOptions(300f, 3, RandomWalkShare: 0.2f, RandomWalk: new Rp3BetaOptions(1f, 0.3f, 50, 3))],
            options.Ease);
        var part = options.Hybrid.Ease;
        Assert.Equal((0.1f, 0.8f, 0.4f, 200), (part.RandomWalkShare, part.RandomWalkExponent, part.RandomWalkPopularityExponent, part.RandomWalkNeighbours));
    }

    [Fact]
    public void CommaSeparatedBaselineValuesMakeAGrid()
    {
        var options = EvaluationOptions.Parse(
            ["--ratings", "r.csv", "--neighbours", "50,100", "--knn-shrinkage", "0,10,100", "--knn-weighting", "none,bm25", "--knn-normalise", "true",
                "--ease-lambda", "100,500", "--ease-min-interactions", "3"]);

        Assert.Equal(12, options.ItemKnn.Count);
        Assert.Contains(new ItemKnnOptions(100, 10f, InteractionWeighting.Bm25, true), options.ItemKnn);
        Assert.Equal([new EaseOptions(100f, 3), new EaseOptions(500f, 3)], options.Ease);
    }

    [Theory]
    [InlineData("--repeats", "0")]
    [InlineData("--repeats", "-2")]
    [InlineData("--no-such-option", "1")]
    [InlineData("--split", "fixed")]
    [InlineData("--train", "t.csv")]
    [InlineData("--knn-weighting", "idf")]
    [InlineData("--models", "popularity,nonsense")]
    public void RefusesWhatItCannotRun(string option, string value) =>
        Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(["--ratings", "r.csv", option, value]));

    [Fact]
    public void RefusesATrainFileWithoutATestFile() =>
        Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(["--train", "t.csv"]));
}
