namespace KnowledgePay.RecommenderEvaluation.Evaluation;

/// <summary>Binary-relevance ranking metrics of one user's recommendation list, cut at <c>k</c>.</summary>
public static class RankingMetrics
{
    public static double Precision(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k) =>
        (double)Hits(recommended, relevant, k) / k;

    public static double Recall(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k) =>
        relevant.Count == 0 ? 0 : (double)Hits(recommended, relevant, k) / relevant.Count;

    public static double HitRate(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k) =>
        Hits(recommended, relevant, k) > 0 ? 1 : 0;

    /// <summary>DCG with gain 1/log2(rank + 1) per relevant item, over the DCG of an ideal list of min(k, |relevant|) hits.</summary>
    public static double Ndcg(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k)
    {
        var dcg = 0.0;
        for (var rank = 1; rank <= Math.Min(k, recommended.Count); rank++)
        {
            if (relevant.Contains(recommended[rank - 1]))
            {
                dcg += Gain(rank);
            }
        }

        var idealDcg = Enumerable.Range(1, Math.Min(k, relevant.Count)).Sum(Gain);
        return idealDcg == 0 ? 0 : dcg / idealDcg;
    }

    /// <summary>Share of the catalogue that appears in at least one user's list.</summary>
    public static double CatalogueCoverage(IEnumerable<IReadOnlyList<int>> recommendationLists, int catalogueSize) =>
        (double)recommendationLists.SelectMany(list => list).Distinct().Count() / catalogueSize;

    private static int Hits(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k) =>
        recommended.Take(k).Count(relevant.Contains);

    private static double Gain(int rank) => 1.0 / Math.Log2(rank + 1);
}
