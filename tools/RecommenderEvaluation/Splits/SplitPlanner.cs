using KnowledgePay.RecommenderEvaluation.Cli;
using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Splits;

/// <summary>
/// The splits one run evaluates on. Seeded kinds (random, user and item holdout) repeat with seeds
/// <c>seed</c>, <c>seed</c> + 1, …; k-fold yields its folds; time and fixed yield one split.
/// </summary>
public static class SplitPlanner
{
    public static IReadOnlyList<DataSplit> Plan(SplitKind kind, InteractionData data, double testFraction, int folds, int seed, int repeats) =>
        kind switch
        {
            SplitKind.Time => [DataSplitter.ByTimePerUser(data.Interactions, testFraction)],
            SplitKind.KFold => [.. DataSplitter.KFold(data.Interactions, folds, seed)],
            SplitKind.Fixed => [DataSplitter.Fixed(data)],
            _ => [.. Enumerable.Range(seed, repeats).Select(splitSeed => Seeded(kind, data.Interactions, testFraction, splitSeed))],
        };

    /// <summary>
    /// Tuning splits that never touch the test part: one outer split of the same kind (k-fold: a random split; fixed:
    /// the files' own) whose training part is split again as <see cref="Plan"/> would (fixed: randomly per user).
    /// </summary>
    public static IReadOnlyList<DataSplit> PlanValidation(SplitKind kind, InteractionData data, double testFraction, int folds, int seed, int repeats)
    {
        var outer = kind switch
        {
            SplitKind.Fixed => DataSplitter.Fixed(data),
            SplitKind.Time => DataSplitter.ByTimePerUser(data.Interactions, testFraction),
            SplitKind.KFold => DataSplitter.RandomPerUser(data.Interactions, testFraction, seed),
            _ => Seeded(kind, data.Interactions, testFraction, seed),
        };
        var inner = new InteractionData(outer.Train, data.UserIds, data.ItemIds);
        return Plan(kind == SplitKind.Fixed ? SplitKind.Random : kind, inner, testFraction, folds, seed, repeats);
    }

    private static DataSplit Seeded(SplitKind kind, IReadOnlyList<Interaction> interactions, double testFraction, int seed) =>
        kind switch
        {
            SplitKind.UserHoldout => DataSplitter.UserHoldout(interactions, testFraction, seed),
            SplitKind.ItemHoldout => DataSplitter.ItemHoldout(interactions, testFraction, seed),
            _ => DataSplitter.RandomPerUser(interactions, testFraction, seed),
        };
}
