using System.Globalization;
using KnowledgePay.Application.Recommendations.Ratings;
using KnowledgePay.RecommenderEvaluation.Models;

namespace KnowledgePay.RecommenderEvaluation.Cli;

public sealed record EvaluationOptions(
    string RatingsPath,
    string? ItemsPath,
    SplitKind Split,
    int K,
    int Seed,
    double TestFraction,
    int Folds,
    float RelevanceThreshold,
    int Neighbours,
    MatrixFactorizationOptions Factorization,
    string? JsonPath)
{
    public const string Usage = """
        Usage: RecommenderEvaluation --ratings <csv> [--items <csv>] [--split random|time|kfold] [--k 10]
               [--seed 42] [--test-fraction 0.2] [--folds 5] [--relevance 4] [--neighbours 100]
               [--factors 30] [--epochs 50] [--learning-rate 0.007] [--regularization 0.08] [--json <path>]
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
        var options = new EvaluationOptions(
            values.GetValueOrDefault("ratings") ?? throw new ArgumentException("--ratings is required."),
            values.GetValueOrDefault("items"),
            Enum.Parse<SplitKind>(values.GetValueOrDefault("split", "random"), ignoreCase: true),
            Number(values, "k", 10),
            seed,
            Number(values, "test-fraction", 0.2),
            Number(values, "folds", 5),
            Number(values, "relevance", 4f),
            Number(values, "neighbours", 100),
            new MatrixFactorizationOptions(
                Number(values, "factors", defaults.Factors),
                Number(values, "epochs", defaults.Epochs),
                Number(values, "learning-rate", defaults.LearningRate),
                Number(values, "regularization", defaults.Regularization),
                defaults.InitialStandardDeviation,
                seed),
            values.GetValueOrDefault("json"));
        var unknown = values.Keys.Except(KnownOptions, StringComparer.OrdinalIgnoreCase).ToArray();
        return unknown.Length == 0 ? options : throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown)}.");
    }

    private static readonly string[] KnownOptions =
    [
        "ratings", "items", "split", "k", "seed", "test-fraction", "folds", "relevance", "neighbours",
        "factors", "epochs", "learning-rate", "regularization", "json",
    ];

    private static T Number<T>(Dictionary<string, string> values, string name, T fallback)
        where T : IParsable<T> =>
        values.TryGetValue(name, out var text) ? T.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
