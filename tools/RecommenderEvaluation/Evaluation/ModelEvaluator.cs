using System.Diagnostics;
using KnowledgePay.RecommenderEvaluation.Data;
using KnowledgePay.RecommenderEvaluation.Models;
using KnowledgePay.RecommenderEvaluation.Splits;

namespace KnowledgePay.RecommenderEvaluation.Evaluation;

/// <summary>
/// Fits a model on a split's training part and scores it on the held-out part. Every user with at least one
/// relevant held-out item gets a top-k list over the split's candidates (the whole catalogue unless the split names
/// them, as the item holdout does) minus the items they trained on; equal scores fall in a seeded random order.
/// </summary>
public static class ModelEvaluator
{
    public static ModelResult Evaluate(IRecommenderModel model, DataSplit split, TrainingSet training, EvaluationSettings settings)
    {
        var stopwatch = Stopwatch.StartNew();
        // Processor time as well as wall time: on a shared machine the wall time mostly measures the neighbours.
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        model.Fit(training with { Interactions = split.Train });
        var fitSeconds = stopwatch.Elapsed.TotalSeconds;
        var fitProcessorSeconds = (Process.GetCurrentProcess().TotalProcessorTime - processorTime).TotalSeconds;

        var trainItems = ItemSetsByUser(split.Train);
        var relevantItems = ItemSetsByUser(split.Test.Where(interaction => IsRelevant(interaction, settings)));
        var precision = 0.0;
        var recall = 0.0;
        var ndcg = 0.0;
        var hitRate = 0.0;
        var lists = new List<IReadOnlyList<int>>();
        var catalogue = split.Candidates ?? Enumerable.Range(0, training.ItemCount).ToArray();
        var tieBreaker = new Random(settings.TieSeed);
        foreach (var (user, relevant) in relevantItems)
        {
            var candidates = catalogue
                .Where(item => !trainItems.TryGetValue(user, out var seen) || !seen.Contains(item))
                .ToArray();
            var scores = new float[candidates.Length];
            model.Score(user, candidates, scores);
            var recommended = TopK.Select(candidates, scores, settings.K, tieBreaker);
            lists.Add(recommended);
            precision += RankingMetrics.Precision(recommended, relevant, settings.K);
            recall += RankingMetrics.Recall(recommended, relevant, settings.K);
            ndcg += RankingMetrics.Ndcg(recommended, relevant, settings.K);
            hitRate += RankingMetrics.HitRate(recommended, relevant, settings.K);
        }

        var users = Math.Max(1, relevantItems.Count);
        var ratingPairs = settings.IsExplicit && model is IRatingPredictor predictor
            ? split.Test.Select(interaction => (predictor.PredictRating(interaction.User, interaction.Item), interaction.Rating)).ToArray()
            : null;
        return new ModelResult(
            model.Name,
            precision / users,
            recall / users,
            ndcg / users,
            hitRate / users,
            RankingMetrics.CatalogueCoverage(lists, training.ItemCount),
            ratingPairs is null ? null : RatingMetrics.Rmse(ratingPairs),
            ratingPairs is null ? null : RatingMetrics.Mae(ratingPairs),
            relevantItems.Count,
            fitSeconds,
            fitProcessorSeconds);
    }

    private static bool IsRelevant(Interaction interaction, EvaluationSettings settings) =>
        !settings.IsExplicit || interaction.Rating >= settings.RelevanceThreshold;

    private static Dictionary<int, IReadOnlySet<int>> ItemSetsByUser(IEnumerable<Interaction> interactions) =>
        interactions
            .GroupBy(interaction => interaction.User)
            .ToDictionary(group => group.Key, group => (IReadOnlySet<int>)group.Select(interaction => interaction.Item).ToHashSet());
}
