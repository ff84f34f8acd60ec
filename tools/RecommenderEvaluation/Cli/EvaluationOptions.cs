using System.Globalization;
using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Recommender.Training.ImplicitAls;
using KnowledgePay.RecommenderEvaluation.Models;

namespace KnowledgePay.RecommenderEvaluation.Cli;

/// <summary>
/// <paramref name="RatingsPath"/> or the fixed pair <paramref name="TrainPath"/>/<paramref name="TestPath"/> (then
/// <paramref name="Split"/> is <see cref="SplitKind.Fixed"/>). <c>--seed</c> is the default of the split, model and
/// tie seeds. <paramref name="ItemKnn"/> and <paramref name="Ease"/> hold every combination of their comma-separated
/// option values: one run evaluates a whole grid side by side.
/// </summary>
public sealed record EvaluationOptions(
    string? RatingsPath,
    string? TrainPath,
    string? TestPath,
    string? ItemsPath,
    string? UsersPath,
    SplitKind Split,
    int K,
    int SplitSeed,
    int ModelSeed,
    int TieSeed,
    double TestFraction,
    int Folds,
    int Repeats,
    float RelevanceThreshold,
    bool Implicit,
    IReadOnlyList<ItemKnnOptions> ItemKnn,
    IReadOnlyList<EaseOptions> Ease,
    MatrixFactorizationOptions Factorization,
    SvdPlusPlusOptions SvdPlusPlus,
    TrainerOptions Hybrid,
    float LikedWeight,
    float UnlikedWeight,
    float DislikedBelow,
    IReadOnlySet<string> Models,
    bool Validation,
    string? JsonPath,
    OnboardingOptions Onboarding,
    IReadOnlyList<NewLearnerBlend> NewLearnerBlends,
    double? PopularityHalfLifeDays,
    string DaypartTimeZone,
    IReadOnlyList<Rp3BetaOptions> RandomWalk)
{
    /// <summary>Model names for <c>--models</c>; rating models run on explicit data only.</summary>
    public static readonly string[] ModelNames = ["popularity", "itemknn", "ease", "genre", "biases", "mf", "svdpp", "hybrid", "ials", "newlearner", "segment", "arrival", "rp3beta"];

    public const string Usage = """
        Usage: RecommenderEvaluation (--ratings <csv> | --train <csv> --test <csv>) [--items <csv>] [--users <csv>]
               [--split random|time|kfold|user-holdout|item-holdout] [--k 10] [--seed 42] [--split-seed S]
               [--model-seed S] [--tie-seed S] [--test-fraction 0.2] [--folds 5] [--repeats 1] [--relevance 4]
               [--implicit true|false] [--neighbours 100[,200…]] [--knn-shrinkage 0[,10…]]
               [--knn-weighting none|tfidf|bm25[,…]] [--knn-normalise false|true[,…]] [--ease-lambda 500[,…]]
               [--ease-min-interactions 5[,…]] [--ease-dropout 0[,…]] [--ease-user-exponent 0[,…]]
               [--ease-rp3-share 0[,…]] [--ease-time-scale 0[,…]] [--ease-time-mix 1[,…]] [--rp3-alpha 1[,…]] [--rp3-beta 0.5[,…]] [--rp3-neighbours 100[,…]] [--rp3-min-interactions 10[,…]]
               [--factors 30] [--epochs 50] [--learning-rate 0.007] [--regularization 0.08]
               [--svdpp-factors 100] [--svdpp-epochs 50] [--svdpp-learning-rate 0.01] [--svdpp-decay 1]
               [--svdpp-regularization 0.07] [--svdpp-implicit-regularization 0.07] [--svdpp-bias-regularization 0.08] [--svdpp-members 20]
               [--algorithm Warp|WarpWithImplicitAls|WarpImplicitAlsEase|FieldAwareFactorizationMachine] [--warp-dimension 32] [--warp-epochs 20]
               [--warp-learning-rate 0.05] [--warp-lambda 0.0001] [--warp-trials 100] [--warp-averaged-epochs 10] [--ffm-dimension 8] [--ffm-iterations 10] [--ffm-learning-rate 0.1] [--ffm-lambda-linear 0.0001]
               [--ffm-lambda-latent 0.0001] [--ffm-negatives 4] [--ffm-negative-popularity 0] [--liked-weight 1] [--unliked-weight 1] [--disliked-below 0] [--rating-prior 0.5] [--personal-rating 0] [--rating-members 20] [--training-threads N] [--warp-stratified true]
               [--ials-dimension 64] [--ials-epochs 16] [--ials-lambda 0.01] [--ials-nu 1] [--ials-alpha0 0.3] [--ials-init 0.1]
               [--ials-cg-steps 3] [--ials-blend 0.6] [--ease-part-lambda 300] [--ease-part-min-interactions 10]
               [--ease-part-max-items 3000] [--ease-part-dropout 0] [--ease-part-user-exponent 0] [--ease-rank 3000] [--ease-blend 0.5]
               [--ease-part-time-scale 0] [--ease-part-time-mix 1] [--ease-part-rp3-share 0] [--ease-part-rp3-alpha 1] [--ease-part-rp3-beta 0.5] [--ease-part-rp3-neighbours 100]
               [--onboarding-sample 0] [--onboarding-interests 3] [--write-users <csv>]
               [--blend-strength 30[,…]] [--interest-weight 0.25[,…]] [--stated-evidence 90[,…]] [--popularity-half-life <days>]
               [--context-weight 1[,…]] [--daypart-time-zone Asia/Shanghai]
               [--models popularity,itemknn,ease,genre,biases,mf,svdpp,hybrid,ials,newlearner,segment,arrival,rp3beta] [--validation true|false] [--json <path>]
        """;

    public static EvaluationOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < args.Count; index += 2)
        {
            if (!args[index].StartsWith("--", StringComparison.Ordinal) || index + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--option value' at '{args[index]}'.");
            }

            values[args[index][2..]] = args[index + 1];
        }

        var seed = Number(values, "seed", 42);
        var modelSeed = Number(values, "model-seed", seed);
        var defaults = new MatrixFactorizationOptions();
        var svdpp = new SvdPlusPlusOptions();
        var hybrid = new TrainerOptions();
        var knn = new ItemKnnOptions();
        var ease = new EaseOptions();
        var ratings = values.GetValueOrDefault("ratings");
        var train = values.GetValueOrDefault("train");
        var test = values.GetValueOrDefault("test");
        if ((ratings is null) == (train is null) || (train is null) != (test is null))
        {
            throw new ArgumentException("Give either --ratings or both --train and --test.");
        }

        var options = new EvaluationOptions(
            ratings,
            train,
            test,
            values.GetValueOrDefault("items"),
            values.GetValueOrDefault("users"),
            ParseSplit(values.GetValueOrDefault("split"), fixedPair: train is not null),
            Number(values, "k", 10),
            Number(values, "split-seed", seed),
            modelSeed,
            Number(values, "tie-seed", seed),
            Number(values, "test-fraction", 0.2),
            Number(values, "folds", 5),
            Number(values, "repeats", 1),
            Number(values, "relevance", 4f),
            Number(values, "implicit", false),
            [.. from neighbours in List(values, "neighbours", knn.Neighbours, Parse<int>)
                from shrinkage in List(values, "knn-shrinkage", knn.Shrinkage, Parse<float>)
                from weighting in List(values, "knn-weighting", knn.Weighting, Weighting)
                from normalise in List(values, "knn-normalise", knn.Normalise, Parse<bool>)
                select new ItemKnnOptions(neighbours, shrinkage, weighting, normalise)],
            [.. from lambda in List(values, "ease-lambda", ease.Lambda, Parse<float>)
                from minimum in List(values, "ease-min-interactions", ease.MinInteractions, Parse<int>)
                from dropout in List(values, "ease-dropout", ease.Dropout, Parse<float>)
                from exponent in List(values, "ease-user-exponent", ease.UserWeightExponent, Parse<float>)
                from share in List(values, "ease-rp3-share", ease.RandomWalkShare, Parse<float>)
                from walk in share > 0 ? RandomWalkGrid(values, minimum) : [ease.RandomWalk]
                from scale in List(values, "ease-time-scale", ease.TimeScaleDays, Parse<float>)
                from mix in scale > 0 ? List(values, "ease-time-mix", ease.TimeMix, Parse<float>) : [ease.TimeMix]
                select new EaseOptions(lambda, minimum, dropout, exponent, share, walk) { TimeScaleDays = scale, TimeMix = mix }],
            new MatrixFactorizationOptions(
                Number(values, "factors", defaults.Factors),
                Number(values, "epochs", defaults.Epochs),
                Number(values, "learning-rate", defaults.LearningRate),
                Number(values, "regularization", defaults.Regularization),
                defaults.InitialStandardDeviation,
                modelSeed),
            svdpp with
            {
                Factors = Number(values, "svdpp-factors", svdpp.Factors),
                Epochs = Number(values, "svdpp-epochs", svdpp.Epochs),
                LearningRate = Number(values, "svdpp-learning-rate", svdpp.LearningRate),
                LearningRateDecay = Number(values, "svdpp-decay", svdpp.LearningRateDecay),
                Regularization = Number(values, "svdpp-regularization", svdpp.Regularization),
                ImplicitRegularization = Number(values, "svdpp-implicit-regularization", svdpp.ImplicitRegularization),
                BiasRegularization = Number(values, "svdpp-bias-regularization", svdpp.BiasRegularization),
                Members = Number(values, "svdpp-members", svdpp.Members),
                Seed = modelSeed,
            },
            hybrid with
            {
                Algorithm = Enum.Parse<RecommenderAlgorithm>(values.GetValueOrDefault("algorithm", hybrid.Algorithm.ToString()), ignoreCase: true),
                Warp = hybrid.Warp with
                {
                    Dimension = Number(values, "warp-dimension", hybrid.Warp.Dimension),
                    Epochs = Number(values, "warp-epochs", hybrid.Warp.Epochs),
                    LearningRate = Number(values, "warp-learning-rate", hybrid.Warp.LearningRate),
                    Lambda = Number(values, "warp-lambda", hybrid.Warp.Lambda),
                    MaxNegativeTrials = Number(values, "warp-trials", hybrid.Warp.MaxNegativeTrials),
                    AveragedEpochs = Number(values, "warp-averaged-epochs", hybrid.Warp.AveragedEpochs),
                    Stratified = Number(values, "warp-stratified", hybrid.Warp.Stratified),
                },
                LatentDimension = Number(values, "ffm-dimension", hybrid.LatentDimension),
                Iterations = Number(values, "ffm-iterations", hybrid.Iterations),
                LearningRate = Number(values, "ffm-learning-rate", hybrid.LearningRate),
                LambdaLinear = Number(values, "ffm-lambda-linear", hybrid.LambdaLinear),
                LambdaLatent = Number(values, "ffm-lambda-latent", hybrid.LambdaLatent),
                NegativesPerPositive = Number(values, "ffm-negatives", hybrid.NegativesPerPositive),
                NegativePopularityExponent = Number(values, "ffm-negative-popularity", hybrid.NegativePopularityExponent),
                RatingPriorWeight = Number(values, "rating-prior", hybrid.RatingPriorWeight),
                PersonalRatingWeight = Number(values, "personal-rating", hybrid.PersonalRatingWeight),
                RatingPredictorMembers = Number(values, "rating-members", hybrid.RatingPredictorMembers),
                ImplicitAls = new ImplicitAlsOptions
                {
                    Dimension = Number(values, "ials-dimension", hybrid.ImplicitAls.Dimension),
                    Epochs = Number(values, "ials-epochs", hybrid.ImplicitAls.Epochs),
                    Regularization = Number(values, "ials-lambda", hybrid.ImplicitAls.Regularization),
                    RegularizationExponent = Number(values, "ials-nu", hybrid.ImplicitAls.RegularizationExponent),
                    UnobservedWeight = Number(values, "ials-alpha0", hybrid.ImplicitAls.UnobservedWeight),
                    InitialStandardDeviation = Number(values, "ials-init", hybrid.ImplicitAls.InitialStandardDeviation),
                    ConjugateGradientSteps = Number(values, "ials-cg-steps", hybrid.ImplicitAls.ConjugateGradientSteps),
                    BlendWeight = Number(values, "ials-blend", hybrid.ImplicitAls.BlendWeight),
                },
                Ease = hybrid.Ease with
                {
                    Regularization = Number(values, "ease-part-lambda", hybrid.Ease.Regularization),
                    MinimumLearners = Number(values, "ease-part-min-interactions", hybrid.Ease.MinimumLearners),
                    MaximumCourses = Number(values, "ease-part-max-items", hybrid.Ease.MaximumCourses),
                    Rank = Number(values, "ease-rank", hybrid.Ease.Rank),
                    Dropout = Number(values, "ease-part-dropout", hybrid.Ease.Dropout),
                    LearnerWeightExponent = Number(values, "ease-part-user-exponent", hybrid.Ease.LearnerWeightExponent),
                    TimeScaleDays = Number(values, "ease-part-time-scale", hybrid.Ease.TimeScaleDays),
                    TimeMix = Number(values, "ease-part-time-mix", hybrid.Ease.TimeMix),
                    RandomWalkShare = Number(values, "ease-part-rp3-share", hybrid.Ease.RandomWalkShare),
                    RandomWalkExponent = Number(values, "ease-part-rp3-alpha", hybrid.Ease.RandomWalkExponent),
                    RandomWalkPopularityExponent = Number(values, "ease-part-rp3-beta", hybrid.Ease.RandomWalkPopularityExponent),
                    RandomWalkNeighbours = Number(values, "ease-part-rp3-neighbours", hybrid.Ease.RandomWalkNeighbours),
                    BlendWeight = Number(values, "ease-blend", hybrid.Ease.BlendWeight),
                    ImplicitAlsBlendWeight = Number(values, "ials-blend", hybrid.Ease.ImplicitAlsBlendWeight),
                },
                TrainingThreads = Number(values, "training-threads", hybrid.TrainingThreads),
                Seed = modelSeed,
            },
            Number(values, "liked-weight", 1f),
            Number(values, "unliked-weight", 1f),
            Number(values, "disliked-below", 0f),
            values.GetValueOrDefault("models", string.Join(',', ModelNames)).Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Number(values, "validation", false),
            values.GetValueOrDefault("json"),
            new OnboardingOptions(
                Number(values, "onboarding-sample", 0),
                Number(values, "onboarding-interests", 3),
                values.GetValueOrDefault("write-users")),
            [.. from strength in List(values, "blend-strength", NewLearnerBlend.DefaultStrength, Parse<float>)
                from interestWeight in List(values, "interest-weight", NewLearnerBlend.DefaultInterestWeight, Parse<float>)
                from statedEvidence in List(values, "stated-evidence", NewLearnerBlend.DefaultStatedEvidence, Parse<float>)
                from contextWeight in List(values, "context-weight", NewLearnerBlend.DefaultContextWeight, Parse<float>)
                select new NewLearnerBlend(strength, interestWeight, statedEvidence) { ContextWeight = contextWeight }],
            values.TryGetValue("popularity-half-life", out var halfLife) ? Parse<double>(halfLife) : null,
            values.GetValueOrDefault("daypart-time-zone", "Asia/Shanghai"),
            [.. from minimum in List(values, "rp3-min-interactions", new Rp3BetaOptions().MinInteractions, Parse<int>)
                from walk in RandomWalkGrid(values, minimum)
                select walk]);
        var unknown = values.Keys.Except(KnownOptions, StringComparer.OrdinalIgnoreCase).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown)}.");
        }

        var unknownModels = options.Models.Except(ModelNames, StringComparer.OrdinalIgnoreCase).ToArray();
        if (unknownModels.Length > 0)
        {
            throw new ArgumentException($"Unknown model(s): {string.Join(", ", unknownModels)}; known: {string.Join(", ", ModelNames)}.");
        }

        if (options.Onboarding.SampleSize > 0 && (options.ItemsPath is null || options.UsersPath is not null))
        {
            throw new ArgumentException("--onboarding-sample draws the users' interests from item features: give --items and no --users.");
        }

        if (options.Ease.Select(ease => (ease.TimeScaleDays, ease.TimeMix)).Append((options.Hybrid.Ease.TimeScaleDays, options.Hybrid.Ease.TimeMix))
            .Any(kernel => kernel.TimeScaleDays < 0 || kernel.TimeMix is < 0 or > 1))
        {
            throw new ArgumentException("--ease-time-scale and --ease-part-time-scale take days ≥ 0 (0 = no time kernel); --ease-time-mix and --ease-part-time-mix a share in [0, 1].");
        }

        return options.Repeats >= 1 ? options : throw new ArgumentException("--repeats must be at least 1.");
    }

    private static readonly string[] KnownOptions =
    [
        "ratings", "train", "test", "items", "users", "split", "k", "seed", "split-seed", "model-seed", "tie-seed",
        "test-fraction", "folds", "repeats", "relevance", "implicit", "neighbours", "knn-shrinkage", "knn-weighting",
        "knn-normalise", "ease-lambda", "ease-min-interactions", "ease-dropout", "ease-user-exponent",
        "factors", "epochs", "learning-rate", "regularization", "svdpp-factors", "svdpp-epochs", "svdpp-learning-rate",
        "svdpp-decay", "svdpp-regularization", "svdpp-implicit-regularization", "svdpp-bias-regularization", "svdpp-members", "algorithm",
        "warp-dimension", "warp-epochs",
        "warp-learning-rate", "warp-lambda", "warp-trials", "warp-averaged-epochs", "warp-stratified", "ffm-dimension", "ffm-iterations", "ffm-learning-rate",
        "ffm-lambda-linear", "ffm-lambda-latent", "ffm-negatives", "ffm-negative-popularity",
        "liked-weight", "unliked-weight", "disliked-below", "rating-prior", "personal-rating", "rating-members", "training-threads", "models", "validation", "json",
        "onboarding-sample", "onboarding-interests", "write-users", "blend-strength", "interest-weight", "stated-evidence", "popularity-half-life",
        "context-weight", "daypart-time-zone",
        "ials-dimension", "ials-epochs", "ials-lambda", "ials-nu", "ials-alpha0", "ials-init", "ials-cg-steps", "ials-blend",
        "ease-part-lambda", "ease-part-min-interactions", "ease-part-max-items", "ease-part-dropout", "ease-part-user-exponent", "ease-rank", "ease-blend",
        "rp3-alpha", "rp3-beta", "rp3-neighbours", "rp3-min-interactions", "ease-rp3-share",
        "ease-part-rp3-share", "ease-part-rp3-alpha", "ease-part-rp3-beta", "ease-part-rp3-neighbours",
        "ease-time-scale", "ease-time-mix", "ease-part-time-scale", "ease-part-time-mix",
    ];

    /// <summary>Every combination of the RP3beta lists, over items with at least <paramref name="minimum"/> interactions.</summary>
    private static Rp3BetaOptions[] RandomWalkGrid(Dictionary<string, string> values, int minimum)
    {
        var walk = new Rp3BetaOptions();
        return [.. from exponent in List(values, "rp3-alpha", walk.Exponent, Parse<float>)
                   from popularity in List(values, "rp3-beta", walk.PopularityExponent, Parse<float>)
                   from neighbours in List(values, "rp3-neighbours", walk.Neighbours, Parse<int>)
                   select new Rp3BetaOptions(exponent, popularity, neighbours, minimum)];
    }

    private static SplitKind ParseSplit(string? text, bool fixedPair)
    {
        if (fixedPair)
        {
            return text is null || text.Equals("fixed", StringComparison.OrdinalIgnoreCase)
                ? SplitKind.Fixed
                : throw new ArgumentException("--train/--test is a fixed split; leave out --split.");
        }

        var kind = Enum.Parse<SplitKind>((text ?? "random").Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
        return kind != SplitKind.Fixed ? kind : throw new ArgumentException("The fixed split needs --train and --test.");
    }

    private static InteractionWeighting Weighting(string text) =>
        Enum.Parse<InteractionWeighting>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);

    private static T[] List<T>(Dictionary<string, string> values, string name, T fallback, Func<string, T> parse) =>
        values.TryGetValue(name, out var text)
            ? [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(parse)]
            : [fallback];

    private static T Parse<T>(string text)
        where T : IParsable<T> =>
        T.Parse(text, CultureInfo.InvariantCulture);

    private static T Number<T>(Dictionary<string, string> values, string name, T fallback)
        where T : IParsable<T> =>
        values.TryGetValue(name, out var text) ? T.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
