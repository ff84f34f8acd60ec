using System.Globalization;
using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.RecommenderEvaluation.Cli;

public sealed record EvaluationOptions(
    string RatingsPath,
    string? ItemsPath,
    SplitKind Split,
    int K,
    int Seed,
    double TestFraction,
    int Folds,
    int Repeats,
    float RelevanceThreshold,
    int Neighbours,
    MatrixFactorizationOptions Factorization,
    TrainerOptions Hybrid,
    float LikedWeight,
    float UnlikedWeight,
    float DislikedBelow,
    IReadOnlySet<string> Models,
    bool Validation,
    string? JsonPath)
{
    /// <summary>Model names for <c>--models</c>; rating models run on explicit data only.</summary>
    public static readonly string[] ModelNames = ["popularity", "itemknn", "biases", "mf", "hybrid"];

    public const string Usage = """
        Usage: RecommenderEvaluation --ratings <csv> [--items <csv>] [--split random|time|kfold] [--k 10]
               [--seed 42] [--test-fraction 0.2] [--folds 5] [--repeats 1] [--relevance 4] [--neighbours 100]
               [--factors 30] [--epochs 50] [--learning-rate 0.007] [--regularization 0.08]
               [--algorithm Warp|FieldAwareFactorizationMachine] [--warp-dimension 32] [--warp-epochs 20]
               [--warp-learning-rate 0.05] [--warp-lambda 0.0001] [--warp-trials 100] [--warp-averaged-epochs 10] [--ffm-dimension 8] [--ffm-iterations 10] [--ffm-learning-rate 0.1] [--ffm-lambda-linear 0.0001]
               [--ffm-lambda-latent 0.0001] [--ffm-negatives 4] [--ffm-negative-popularity 0] [--liked-weight 1] [--unliked-weight 1] [--disliked-below 0] [--rating-prior 0.5]
               [--models popularity,itemknn,biases,mf,hybrid] [--validation true|false] [--json <path>]
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
        var defaults = new MatrixFactorizationOptions();
        var hybrid = new TrainerOptions();
        var options = new EvaluationOptions(
            values.GetValueOrDefault("ratings") ?? throw new ArgumentException("--ratings is required."),
            values.GetValueOrDefault("items"),
            Enum.Parse<SplitKind>(values.GetValueOrDefault("split", "random"), ignoreCase: true),
            Number(values, "k", 10),
            seed,
            Number(values, "test-fraction", 0.2),
            Number(values, "folds", 5),
            Number(values, "repeats", 1),
            Number(values, "relevance", 4f),
            Number(values, "neighbours", 100),
            new MatrixFactorizationOptions(
                Number(values, "factors", defaults.Factors),
                Number(values, "epochs", defaults.Epochs),
                Number(values, "learning-rate", defaults.LearningRate),
                Number(values, "regularization", defaults.Regularization),
                defaults.InitialStandardDeviation,
                seed),
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
                },
                LatentDimension = Number(values, "ffm-dimension", hybrid.LatentDimension),
                Iterations = Number(values, "ffm-iterations", hybrid.Iterations),
                LearningRate = Number(values, "ffm-learning-rate", hybrid.LearningRate),
                LambdaLinear = Number(values, "ffm-lambda-linear", hybrid.LambdaLinear),
                LambdaLatent = Number(values, "ffm-lambda-latent", hybrid.LambdaLatent),
                NegativesPerPositive = Number(values, "ffm-negatives", hybrid.NegativesPerPositive),
                NegativePopularityExponent = Number(values, "ffm-negative-popularity", hybrid.NegativePopularityExponent),
                RatingPriorWeight = Number(values, "rating-prior", hybrid.RatingPriorWeight),
                TrainingThreads = Number(values, "training-threads", hybrid.TrainingThreads),
                Seed = seed,
            },
            Number(values, "liked-weight", 1f),
            Number(values, "unliked-weight", 1f),
            Number(values, "disliked-below", 0f),
            values.GetValueOrDefault("models", string.Join(',', ModelNames)).Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Number(values, "validation", false),
            values.GetValueOrDefault("json"));
        var unknown = values.Keys.Except(KnownOptions, StringComparer.OrdinalIgnoreCase).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown)}.");
        }

        return options.Repeats >= 1 ? options : throw new ArgumentException("--repeats must be at least 1.");
    }

    private static readonly string[] KnownOptions =
    [
        "ratings", "items", "split", "k", "seed", "test-fraction", "folds", "repeats", "relevance", "neighbours",
        "factors", "epochs", "learning-rate", "regularization", "algorithm", "warp-dimension", "warp-epochs",
        "warp-learning-rate", "warp-lambda", "warp-trials", "warp-averaged-epochs", "ffm-dimension", "ffm-iterations", "ffm-learning-rate",
        "ffm-lambda-linear", "ffm-lambda-latent", "ffm-negatives", "ffm-negative-popularity",
        "liked-weight", "unliked-weight", "disliked-below", "rating-prior", "training-threads", "models", "validation", "json",
    ];

    private static T Number<T>(Dictionary<string, string> values, string name, T fallback)
        where T : IParsable<T> =>
        values.TryGetValue(name, out var text) ? T.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
